package org.jaxpresso.core;

/** XLA's gather dimension numbers; prints as JAX's NamedTuple repr. */
public record GatherDimensionNumbers(IntTuple offsetDims, IntTuple collapsedSliceDims, IntTuple startIndexMap,
                                     IntTuple operandBatchingDims, IntTuple startIndicesBatchingDims) {
    public GatherDimensionNumbers(IntTuple offsetDims, IntTuple collapsedSliceDims, IntTuple startIndexMap) {
        this(offsetDims, collapsedSliceDims, startIndexMap, IntTuple.EMPTY, IntTuple.EMPTY);
    }

    @Override
    public String toString() {
        return "GatherDimensionNumbers(offset_dims=" + offsetDims + ", collapsed_slice_dims=" + collapsedSliceDims
                + ", start_index_map=" + startIndexMap + ", operand_batching_dims=" + operandBatchingDims
                + ", start_indices_batching_dims=" + startIndicesBatchingDims + ")";
    }
}
