package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code dynamic_update_slice operand update *start_indices}: writes {@code update} at clamped offsets. */
public record DynamicUpdateSlice() implements Primitive {
    @Override
    public String primitiveName() { return "dynamic_update_slice"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        ShapedArray x = in.get(0);
        ShapedArray update = in.get(1);
        TypeRules.checkSameDtypes(primitiveName(), List.of(x, update));
        DynamicSlice.checkIndices(primitiveName(), x.shape(), in.subList(2, in.size()));
        boolean fits = update.rank() == x.rank();
        for (int i = 0; fits && i < x.rank(); i++) fits = update.shape().dim(i) <= x.shape().dim(i);
        if (!fits) {
            throw new ShapeException("dynamic_update_slice update shape must be smaller than operand shape, got update shape "
                    + update.shape() + " for operand shape " + x.shape() + ".");
        }
        return List.of(x);
    }
}
