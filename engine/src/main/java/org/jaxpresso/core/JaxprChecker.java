package org.jaxpresso.core;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jaxpresso.JaxpressoException;

/**
 * Type-checks a jaxpr ({@code jax.core.check_jaxpr}): every variable is bound once and before
 * use, and every equation's outputs have the avals its primitive's type rule gives for its inputs.
 * Like JAX's checker it recurses into the jaxprs equations carry as params (a jit call's body),
 * each checked on its own. Transformations run it on their results in tests.
 */
public final class JaxprChecker {
    private JaxprChecker() {}

    public static void check(ClosedJaxpr closed) { check(closed.jaxpr()); }

    public static void check(Jaxpr jaxpr) {
        Set<Var> bound = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Var v : jaxpr.constvars()) bind(bound, v, jaxpr, "constvar");
        for (Var v : jaxpr.invars()) bind(bound, v, jaxpr, "invar");
        for (int i = 0; i < jaxpr.eqns().size(); i++) {
            Eqn e = jaxpr.eqns().get(i);
            for (Atom a : e.inputs()) read(bound, a, jaxpr, "equation " + i + " (" + e.primitive().primitiveName() + ")");
            List<ShapedArray> expected;
            try {
                expected = e.primitive().abstractEval(e.inputs().stream().map(Atom::aval).toList());
            } catch (JaxpressoException ex) {
                throw fail(jaxpr, "equation " + i + " (" + e.primitive().primitiveName() + ") does not type-check: " + ex.getMessage());
            }
            if (expected.size() != e.outputs().size()) {
                throw fail(jaxpr, "equation " + i + " (" + e.primitive().primitiveName() + ") binds " + e.outputs().size()
                        + " outputs but its primitive produces " + expected.size());
            }
            for (int k = 0; k < expected.size(); k++) {
                ShapedArray want = expected.get(k);
                ShapedArray got = e.outputs().get(k).aval();
                if (!want.shape().equals(got.shape()) || want.dtype() != got.dtype()) {
                    throw fail(jaxpr, "equation " + i + " (" + e.primitive().primitiveName() + ") output " + k + " is annotated "
                            + got.typeString() + " but its primitive produces " + want.typeString());
                }
                bind(bound, e.outputs().get(k), jaxpr, "output of equation " + i);
            }
            for (Param p : e.primitive().params()) checkSubJaxpr(p, jaxpr, "equation " + i + " (" + e.primitive().primitiveName() + ") param " + p.name());
        }
        for (Atom a : jaxpr.outvars()) read(bound, a, jaxpr, "the jaxpr outputs");
    }

    private static void checkSubJaxpr(Param p, Jaxpr outer, String where) {
        Jaxpr sub = switch (p.value()) {
            case ClosedJaxpr c -> c.jaxpr();
            case Jaxpr j -> j;
            default -> null;
        };
        if (sub == null) return;
        try {
            check(sub);
        } catch (JaxpressoException ex) {
            throw fail(outer, where + ": " + ex.getMessage());
        }
    }

    private static void bind(Set<Var> bound, Var v, Jaxpr jaxpr, String where) {
        if (!bound.add(v)) throw fail(jaxpr, "variable " + v + " is bound twice (again as " + where + ")");
    }

    private static void read(Set<Var> bound, Atom a, Jaxpr jaxpr, String where) {
        if (a instanceof Var v && !bound.contains(v)) throw fail(jaxpr, "variable " + v + " is read in " + where + " before it is bound");
    }

    private static JaxpressoException fail(Jaxpr jaxpr, String message) {
        return new JaxpressoException("Jaxpr type error: " + message + "\nin jaxpr:\n" + JaxprPrinter.print(jaxpr));
    }
}
