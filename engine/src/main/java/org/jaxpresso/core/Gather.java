package org.jaxpresso.core;

import java.util.List;

/**
 * {@code gather operand indices}: XLA's gather, enough for numpy's integer-array and strided
 * indexing. The last dimension of {@code indices} holds the index vectors.
 */
public record Gather(GatherDimensionNumbers dimensionNumbers, IntTuple sliceSizes, GatherScatterMode mode,
                     boolean indicesAreSorted, boolean uniqueIndices) implements Primitive {
    @Override
    public String primitiveName() { return "gather"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        throw new UnsupportedOperationException("gather type rule not written yet");
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("dimension_numbers", dimensionNumbers), Param.of("fill_value", null),
                Param.of("indices_are_sorted", indicesAreSorted), Param.of("mode", mode), Param.of("slice_sizes", sliceSizes),
                Param.of("unique_indices", uniqueIndices));
    }
}
