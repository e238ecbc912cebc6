package org.jaxpresso.transform.jit.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.core.Atom;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.Var;

/**
 * Common subexpression elimination: an equation with the same primitive (records compare their
 * params by value, a jit call its jaxpr by identity) and the same inputs (the same variables, or
 * equal literals) as an earlier one is dropped, and its outputs are read from the earlier one's.
 * Every primitive is pure, so this keeps every value. One forward sweep with a table of the
 * equations seen; nested jit calls are cleaned inside first, so two calls of one function merge.
 */
public final class CommonSubexpressionElimination {
    private final NestedCalls nested = new NestedCalls(this::run);

    private CommonSubexpressionElimination() {}

    /** What makes two equations compute the same values. */
    private record Key(Primitive primitive, List<Atom> inputs) {}

    /** {@code closed} with repeated equations merged into their first occurrence. */
    public static ClosedJaxpr apply(ClosedJaxpr closed) { return new CommonSubexpressionElimination().run(closed); }

    private ClosedJaxpr run(ClosedJaxpr closed) {
        Jaxpr j = closed.jaxpr();
        Map<Var, Atom> replaced = new IdentityHashMap<>();
        Map<Key, Eqn> seen = new HashMap<>();
        List<Eqn> kept = new ArrayList<>();
        boolean changed = false;
        for (Eqn original : j.eqns()) {
            Eqn e = nested.rewrite(substitute(original, replaced));
            changed |= e != original;
            Key key = new Key(e.primitive(), e.inputs());
            Eqn earlier = seen.get(key);
            if (earlier != null && sameOutputAvals(earlier, e)) {
                for (int i = 0; i < e.outputs().size(); i++) replaced.put(e.outputs().get(i), earlier.outputs().get(i));
                changed = true;
                continue;
            }
            seen.putIfAbsent(key, e);
            kept.add(e);
        }
        if (!changed) return closed;
        List<Atom> outvars = j.outvars().stream().map(a -> read(a, replaced)).toList();
        return new ClosedJaxpr(new Jaxpr(j.constvars(), j.invars(), kept, outvars), closed.consts());
    }

    private static Eqn substitute(Eqn e, Map<Var, Atom> replaced) {
        if (replaced.isEmpty() || e.inputs().stream().noneMatch(replaced::containsKey)) return e;
        return new Eqn(e.primitive(), e.inputs().stream().map(a -> read(a, replaced)).toList(), e.outputs());
    }

    private static Atom read(Atom a, Map<Var, Atom> replaced) {
        return a instanceof Var v && replaced.containsKey(v) ? replaced.get(v) : a;
    }

    /** Outputs are interchangeable only with the same avals, weak types included. */
    private static boolean sameOutputAvals(Eqn a, Eqn b) {
        if (a.outputs().size() != b.outputs().size()) return false;
        for (int i = 0; i < a.outputs().size(); i++) {
            if (!a.outputs().get(i).aval().equals(b.outputs().get(i).aval())) return false;
        }
        return true;
    }
}
