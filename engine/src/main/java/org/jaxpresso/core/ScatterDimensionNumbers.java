package org.jaxpresso.core;

/** XLA's scatter dimension numbers; prints as JAX's NamedTuple repr. */
public record ScatterDimensionNumbers(IntTuple updateWindowDims, IntTuple insertedWindowDims, IntTuple scatterDimsToOperandDims,
                                      IntTuple operandBatchingDims, IntTuple scatterIndicesBatchingDims) {
    public ScatterDimensionNumbers(IntTuple updateWindowDims, IntTuple insertedWindowDims, IntTuple scatterDimsToOperandDims) {
        this(updateWindowDims, insertedWindowDims, scatterDimsToOperandDims, IntTuple.EMPTY, IntTuple.EMPTY);
    }

    @Override
    public String toString() {
        return "ScatterDimensionNumbers(update_window_dims=" + updateWindowDims + ", inserted_window_dims=" + insertedWindowDims
                + ", scatter_dims_to_operand_dims=" + scatterDimsToOperandDims + ", operand_batching_dims=" + operandBatchingDims
                + ", scatter_indices_batching_dims=" + scatterIndicesBatchingDims + ")";
    }
}
