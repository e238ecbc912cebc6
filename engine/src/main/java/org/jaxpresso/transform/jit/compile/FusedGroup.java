package org.jaxpresso.transform.jit.compile;

import java.util.List;
import org.jaxpresso.core.Reduce;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;

/**
 * One loop nest: {@code body} evaluated over {@code iteration}, optionally folded by a trailing
 * {@code reduce} (then {@code iteration} is the reduce's operand shape), stored as {@code out}.
 * {@code sources} are the materialized values the body's loads read, by position.
 */
record FusedGroup(Shape iteration, LoopExpr body, Reduce reduce, List<Var> sources, Var out) {
    FusedGroup {
        sources = List.copyOf(sources);
    }

    ShapedArray outAval() { return out.aval(); }

    /** A printable summary for the debug output: {@code f32[1000] <- tanh(add(mul(s0, in0), s1))}. */
    String describe() {
        return out.aval().typeString() + " <- " + (reduce != null ? reduce.primitiveName() + reduce.axes() + " " : "") + text(body);
    }

    private static String text(LoopExpr e) {
        return switch (e) {
            case LoopExpr.Load l -> "in" + l.source() + (l.map().isContiguous() ? "" : "[view]");
            case LoopExpr.IotaLeaf i -> "iota" + i.iota().dimension();
            case LoopExpr.Scalar s -> String.valueOf(s.value());
            case LoopExpr.Apply a -> a.op().primitiveName() + "(" + String.join(", ", a.args().stream().map(FusedGroup::text).toList()) + ")";
        };
    }
}
