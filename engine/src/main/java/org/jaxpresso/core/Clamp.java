package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code clamp min x max}: {@code min} and {@code max} are scalars or have {@code x}'s shape. */
public record Clamp() implements Primitive {
    @Override
    public String primitiveName() { return "clamp"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity("clamp", in, 3);
        TypeRules.checkSameDtypes("clamp", in);
        ShapedArray x = in.get(1);
        for (int i : new int[] {0, 2}) {
            ShapedArray b = in.get(i);
            if (b.rank() != 0 && !b.shape().equals(x.shape())) {
                throw new ShapeException("clamp requires " + (i == 0 ? "min" : "max") + ".shape == operand.shape or "
                        + (i == 0 ? "min" : "max") + ".shape == (), got " + b.shape() + ".");
            }
        }
        return List.of(x.strong());
    }
}
