package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.TypeRules.Accepts;

/** {@code reduce_sum}, {@code reduce_max}, …{@code [axes=… out_sharding=None]}: one family, one case in every switch. */
public record Reduce(Op op, IntTuple axes) implements Primitive {
    /** The monoid being reduced with. */
    public enum Op {
        SUM("reduce_sum", Accepts.NUMBER), MAX("reduce_max", Accepts.ANY), MIN("reduce_min", Accepts.ANY),
        PROD("reduce_prod", Accepts.NUMBER), AND("reduce_and", Accepts.INT_OR_BOOL), OR("reduce_or", Accepts.INT_OR_BOOL);

        final String printedName;
        final Accepts accepts;

        Op(String printedName, Accepts accepts) {
            this.printedName = printedName;
            this.accepts = accepts;
        }
    }

    @Override
    public String primitiveName() { return op.printedName; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        DType t = x.dtype();
        TypeRules.checkDtype(primitiveName(), t, op.accepts);
        TypeRules.checkAxes(primitiveName(), axes, x.rank());
        int[] out = new int[x.rank() - axes.size()];
        for (int i = 0, j = 0; i < x.rank(); i++) if (!axes.contains(i)) out[j++] = x.shape().dim(i);
        return List.of(x.withShape(Shape.of(out)));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("axes", axes), Param.of("out_sharding", null)); }
}
