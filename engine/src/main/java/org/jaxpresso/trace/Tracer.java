package org.jaxpresso.trace;

import org.jaxpresso.Array;
import org.jaxpresso.ConcretizationException;
import org.jaxpresso.backend.Buffer;

/** An array whose value is abstract: it stands for values that a {@link Trace} is transforming. */
public abstract class Tracer extends Array {
    public abstract Trace trace();

    @Override
    protected Buffer concreteValue(String operation) {
        throw new ConcretizationException("Abstract tracer value encountered where concrete value is expected: traced array with shape "
                + aval().str() + ".\n"
                + "The problem arose with the `" + operation + "` call: the value is abstract because it is being traced by "
                + trace().transformationName() + ", so it is only known when the transformed function runs.\n"
                + "Instead of a Java `if` or loop on a traced value, use Jnp.where or Lax.selectN; keep values that Java code needs "
                + "(shapes, loop bounds) out of the traced arguments; or read the value outside the transformed function.");
    }

    @Override
    public String toString() {
        return "Traced<" + aval().str() + ">with<" + trace().getClass().getSimpleName() + ">";
    }
}
