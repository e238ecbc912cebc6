package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.core.TypeRules.Accepts;

/** {@code cumsum}, {@code cumprod}, {@code cummax}, {@code cummin}{@code [axis=… reverse=…]}: inclusive scans. */
public record Cumulative(Op op, int axis, boolean reverse) implements Primitive {
    public enum Op { CUMSUM, CUMPROD, CUMMAX, CUMMIN }

    @Override
    public String primitiveName() { return op.name().toLowerCase(java.util.Locale.ROOT); }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        TypeRules.checkDtype(primitiveName(), x.dtype(), op == Op.CUMSUM || op == Op.CUMPROD ? Accepts.NUMBER : Accepts.ANY);
        TypeRules.checkAxes(primitiveName(), IntTuple.of(axis), x.rank());
        return in;
    }

    @Override
    public List<Param> params() { return List.of(Param.of("axis", axis), Param.of("reverse", reverse)); }
}
