package org.jaxpresso.core;

import java.util.List;

/**
 * A jaxpr with values for its constvars. The consts are engine arrays
 * ({@code org.jaxpresso.Array}); they are typed as {@code Object} here so that the IR depends
 * on nothing above it. Only the jaxpr is printed, never the const values.
 */
public record ClosedJaxpr(Jaxpr jaxpr, List<Object> consts) {
    public ClosedJaxpr {
        consts = List.copyOf(consts);
        if (consts.size() != jaxpr.constvars().size()) {
            throw new IllegalArgumentException("ClosedJaxpr needs " + jaxpr.constvars().size() + " consts, got " + consts.size());
        }
    }

    public List<ShapedArray> inAvals() { return jaxpr.inAvals(); }

    public List<ShapedArray> outAvals() { return jaxpr.outAvals(); }

    public List<Eqn> eqns() { return jaxpr.eqns(); }

    @Override
    public String toString() { return JaxprPrinter.print(jaxpr); }
}
