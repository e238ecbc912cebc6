package org.jaxpresso.trace;

import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;

/** A tracer of a {@link StagingTrace}: stands for one jaxpr variable. */
public final class StagingTracer extends Tracer {
    private final StagingTrace trace;
    private final Var var;

    StagingTracer(StagingTrace trace, Var var) {
        this.trace = trace;
        this.var = var;
    }

    @Override
    public StagingTrace trace() { return trace; }

    public Var var() { return var; }

    @Override
    public ShapedArray aval() { return var.aval(); }
}
