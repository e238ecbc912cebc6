package org.jaxpresso.transform.jit.passes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jaxpresso.core.Atom;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.Var;

/**
 * Dead code elimination ({@code jax._src.interpreters.partial_eval.dce_jaxpr}): removes the
 * equations none of whose outputs is used, and the constvars nothing reads. Every primitive is
 * pure, so an unused equation has no effect. One backward sweep suffices: an equation's inputs
 * become live only if it is kept. Invars are kept even when unused (they are the signature), and
 * nested jit calls are cleaned inside.
 */
public final class DeadCodeElimination {
    private final NestedCalls nested = new NestedCalls(this::run);

    private DeadCodeElimination() {}

    /** {@code closed} without dead equations and unused constvars. */
    public static ClosedJaxpr apply(ClosedJaxpr closed) { return new DeadCodeElimination().run(closed); }

    private ClosedJaxpr run(ClosedJaxpr closed) {
        Jaxpr j = closed.jaxpr();
        Set<Var> live = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Atom a : j.outvars()) if (a instanceof Var v) live.add(v);
        List<Eqn> kept = new ArrayList<>();
        for (int i = j.eqns().size() - 1; i >= 0; i--) {
            Eqn e = j.eqns().get(i);
            if (e.outputs().stream().noneMatch(live::contains)) continue;
            for (Atom a : e.inputs()) if (a instanceof Var v) live.add(v);
            kept.add(nested.rewrite(e));
        }
        Collections.reverse(kept);
        List<Var> constvars = new ArrayList<>();
        List<Object> consts = new ArrayList<>();
        for (int i = 0; i < j.constvars().size(); i++) {
            if (live.contains(j.constvars().get(i))) {
                constvars.add(j.constvars().get(i));
                consts.add(closed.consts().get(i));
            }
        }
        if (kept.equals(j.eqns()) && constvars.size() == j.constvars().size()) return closed;
        return new ClosedJaxpr(new Jaxpr(constvars, j.invars(), kept, j.outvars()), consts);
    }
}
