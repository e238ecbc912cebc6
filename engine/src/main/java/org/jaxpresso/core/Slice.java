package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code slice[limit_indices=… start_indices=… strides=…]}: a static strided window; {@code strides} may be null (all 1). */
public record Slice(IntTuple startIndices, IntTuple limitIndices, IntTuple strides) implements Primitive {
    @Override
    public String primitiveName() { return "slice"; }

    public int stride(int axis) { return strides == null ? 1 : strides.get(axis); }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        Shape s = x.shape();
        if (startIndices.size() != s.rank() || limitIndices.size() != s.rank() || (strides != null && strides.size() != s.rank())) {
            throw new ShapeException("slice start_indices, limit_indices and strides must have length equal to the operand's rank " + s.rank()
                    + ", got start_indices " + startIndices + ", limit_indices " + limitIndices + " and strides " + strides + ".");
        }
        int[] out = new int[s.rank()];
        for (int i = 0; i < s.rank(); i++) {
            int lo = startIndices.get(i);
            int hi = limitIndices.get(i);
            if (lo < 0) throw new ShapeException("slice start_indices must be greater than or equal to zero, got start_indices of " + startIndices + ".");
            if (hi > s.dim(i)) throw new ShapeException("slice limit_indices must be less than or equal to operand shape, got limit_indices " + limitIndices + " for operand shape " + s + ".");
            if (hi < lo) throw new ShapeException("slice limit_indices must be greater than or equal to start_indices, got start_indices " + startIndices + " and limit_indices " + limitIndices + ".");
            if (stride(i) <= 0) throw new ShapeException("slice strides must be positive, got " + strides);
            out[i] = (hi - lo + stride(i) - 1) / stride(i);
        }
        return List.of(x.withShape(Shape.of(out)));
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("limit_indices", limitIndices), Param.of("start_indices", startIndices), Param.of("strides", strides));
    }
}
