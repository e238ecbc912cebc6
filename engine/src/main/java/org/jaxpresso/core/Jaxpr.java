package org.jaxpresso.core;

import java.util.List;

/**
 * A jaxpr: {@code { lambda constvars ; invars . let eqns in (outvars) }}. {@link #toString()}
 * prints exactly as {@code jax.make_jaxpr} does.
 */
public record Jaxpr(List<Var> constvars, List<Var> invars, List<Eqn> eqns, List<Atom> outvars) {
    public Jaxpr {
        constvars = List.copyOf(constvars);
        invars = List.copyOf(invars);
        eqns = List.copyOf(eqns);
        outvars = List.copyOf(outvars);
    }

    public List<ShapedArray> inAvals() { return invars.stream().map(Var::aval).toList(); }

    public List<ShapedArray> outAvals() { return outvars.stream().map(Atom::aval).toList(); }

    @Override
    public String toString() { return JaxprPrinter.print(this); }
}
