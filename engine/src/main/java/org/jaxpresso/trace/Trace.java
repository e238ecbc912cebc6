package org.jaxpresso.trace;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.core.Primitive;

/**
 * An interpreter of primitives. {@link #process} receives every {@code bind} made while this
 * trace is current; it unwraps only its own tracers (tracers of other traces are constants to
 * it), applies its rule — with its parent installed as current, so the rule's own binds reach
 * the parent — and wraps the results.
 */
public abstract class Trace {
    public abstract List<Array> process(Primitive p, List<Array> args);

    /** The transformation's name as users know it, for messages: {@code vmap}, {@code make_jaxpr}, {@code jit}. */
    public abstract String transformationName();
}
