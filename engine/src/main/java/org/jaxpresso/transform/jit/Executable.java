package org.jaxpresso.transform.jit;

import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.trace.CallExecutor;

/**
 * What jit runs for one staged function once compiled: the jaxpr after the passes, and how it is
 * executed. {@link InterpretedExecutable} evaluates that jaxpr equation by equation; the fused
 * compiler plugs in as another implementation through {@link JitCompiler}.
 */
public interface Executable extends CallExecutor {
    /** The jaxpr this runs: the staged one after {@link org.jaxpresso.transform.jit.passes.Pipeline}. */
    ClosedJaxpr jaxpr();

    /** The source this runs, for {@code Lowered} and debug level 4; empty when it interprets the jaxpr. */
    String generatedCode();
}
