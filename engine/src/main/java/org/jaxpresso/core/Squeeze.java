package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code squeeze[dimensions=…]}: removes size-1 dimensions. */
public record Squeeze(IntTuple dimensions) implements Primitive {
    @Override
    public String primitiveName() { return "squeeze"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        TypeRules.checkAxes(primitiveName(), dimensions, x.rank());
        int[] out = new int[x.rank() - dimensions.size()];
        for (int i = 0, j = 0; i < x.rank(); i++) {
            if (dimensions.contains(i)) {
                if (x.shape().dim(i) != 1) {
                    throw new ShapeException("cannot select an axis to squeeze out which has size not equal to one, got shape="
                            + x.shape() + " and dimensions=" + dimensions);
                }
            } else {
                out[j++] = x.shape().dim(i);
            }
        }
        return List.of(x.withShape(Shape.of(out)));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("dimensions", dimensions)); }
}
