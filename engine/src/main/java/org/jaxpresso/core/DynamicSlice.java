package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;

/**
 * {@code dynamic_slice[slice_sizes=…] operand *start_indices}: a window of static size at
 * traced integer scalar offsets, clamped into bounds as XLA does.
 */
public record DynamicSlice(IntTuple sliceSizes) implements Primitive {
    @Override
    public String primitiveName() { return "dynamic_slice"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        ShapedArray x = in.getFirst();
        checkIndices(primitiveName(), x.shape(), in.subList(1, in.size()));
        if (sliceSizes.size() != x.rank()) {
            throw new ShapeException("dynamic_slice slice_sizes must have the same length as the operand's rank " + x.rank() + ", got " + sliceSizes + ".");
        }
        for (int i = 0; i < x.rank(); i++) {
            if (sliceSizes.get(i) < 0 || sliceSizes.get(i) > x.shape().dim(i)) {
                throw new ShapeException("slice slice_sizes must be less than or equal to operand shape, got slice_sizes " + sliceSizes
                        + " for operand shape " + x.shape() + ".");
            }
        }
        return List.of(x.withShape(Shape.of(sliceSizes)));
    }

    static void checkIndices(String name, Shape operand, List<ShapedArray> indices) {
        if (indices.size() != operand.rank()) {
            throw new ShapeException(name + " start_indices must have length equal to the number of dimensions of the operand, got indices "
                    + indices.size() + " for operand shape " + operand + ".");
        }
        for (ShapedArray i : indices) {
            if (i.rank() != 0 || !i.dtype().isInteger()) {
                throw new DTypeException(name + " start_indices must be scalar integers, got " + i.str() + ".");
            }
        }
    }

    @Override
    public List<Param> params() { return List.of(Param.of("slice_sizes", sliceSizes)); }
}
