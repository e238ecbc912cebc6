package org.jaxpresso.transform.jit.passes;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.JitCall;

/**
 * How a pass recurses into the jaxprs of nested jit calls: each distinct (by identity) callee is
 * rewritten once per run, so two calls of one staged function still call one jaxpr afterwards
 * and common subexpression elimination can still merge them. The callee's signature (invars and
 * outvar avals) is kept, so the call still type-checks.
 */
final class NestedCalls {
    private final UnaryOperator<ClosedJaxpr> pass;
    private final Map<ClosedJaxpr, ClosedJaxpr> rewritten = new IdentityHashMap<>();

    NestedCalls(UnaryOperator<ClosedJaxpr> pass) { this.pass = pass; }

    /** {@code e} with its callee rewritten by the pass when it is a jit call, else {@code e} itself. */
    Eqn rewrite(Eqn e) {
        if (!(e.primitive() instanceof JitCall call)) return e;
        ClosedJaxpr inner = rewritten.get(call.jaxpr());
        if (inner == null) {
            inner = pass.apply(call.jaxpr());
            rewritten.put(call.jaxpr(), inner);
        }
        return inner == call.jaxpr() ? e : new Eqn(new JitCall(call.name(), inner), e.inputs(), e.outputs());
    }
}
