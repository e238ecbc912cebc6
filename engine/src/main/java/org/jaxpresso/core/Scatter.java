package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;

/**
 * {@code scatter}, {@code scatter-add}, {@code scatter-mul}, {@code scatter-min},
 * {@code scatter-max}{@code  operand indices updates}: XLA's scatter, enough for {@code x.at(…)}.
 */
public record Scatter(Op op, ScatterDimensionNumbers dimensionNumbers, GatherScatterMode mode,
                      boolean indicesAreSorted, boolean uniqueIndices) implements Primitive {
    /** How an update combines with the value already there. */
    public enum Op { SET, ADD, MUL, MIN, MAX }

    @Override
    public String primitiveName() {
        return op == Op.SET ? "scatter" : "scatter-" + op.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 3);
        ShapedArray operand = in.get(0);
        ShapedArray indices = in.get(1);
        ShapedArray updates = in.get(2);
        if (!indices.dtype().isInteger()) throw new DTypeException("scatter_indices must have an integer type");
        if (operand.dtype() != updates.dtype()) {
            throw new DTypeException("lax.scatter requires arguments to have the same dtypes, got " + operand.dtype() + ", " + updates.dtype() + ".");
        }
        ScatterDimensionNumbers dn = dimensionNumbers;
        Shape os = operand.shape();
        Shape is = indices.shape();
        Shape us = updates.shape();
        if (is.rank() < 1) {
            throw new ShapeException("Scatter index leaf dimension must be within [0, rank(indices) + 1). rank(indices) is "
                    + is.rank() + " and scatter index leaf dimension is " + (is.rank() - 1) + ".");
        }
        DimensionChecks.sortedInRange(dn.updateWindowDims(), us.rank(), "scatter", "update_window_dims");
        DimensionChecks.sortedInRange(dn.insertedWindowDims(), os.rank(), "scatter", "inserted_window_dims");
        DimensionChecks.sortedInRange(dn.operandBatchingDims(), os.rank(), "scatter", "operand_batching_dims");
        int windowSize = dn.updateWindowDims().size() + dn.insertedWindowDims().size() + dn.operandBatchingDims().size();
        if (windowSize != os.rank()) {
            throw new ShapeException("Scatter op has window of size " + windowSize + "; doesn't match operand of rank " + os.rank() + ".");
        }
        DimensionChecks.noDuplicates(dn.scatterDimsToOperandDims(), "scatter", "scatter_dims_to_operand_dims");
        DimensionChecks.inRange(dn.scatterDimsToOperandDims(), os.rank(), "scatter", "scatter_dims_to_operand_dims");
        if (dn.scatterDimsToOperandDims().size() != DimensionChecks.indexVectorSize(is)) {
            throw new ShapeException("Scatter op has " + dn.scatterDimsToOperandDims().size() + " elements in scatter_dims_to_operand_dims and the bound of dimension index_vector_dim="
                    + (is.rank() - 1) + " of indices is " + DimensionChecks.indexVectorSize(is) + ". These two numbers must be equal.");
        }
        int expectedRank = dn.updateWindowDims().size() + is.rank() - 1;
        if (us.rank() != expectedRank) throw new ShapeException("Updates tensor must be of rank " + expectedRank + "; got " + us.rank() + ".");
        int operandDim = 0;
        for (int i = 0; i < dn.updateWindowDims().size(); i++) {
            while (dn.insertedWindowDims().contains(operandDim) || dn.operandBatchingDims().contains(operandDim)) operandDim++;
            int w = dn.updateWindowDims().get(i);
            if (us.dim(w) > os.dim(operandDim)) {
                throw new ShapeException("Bounds of the window dimensions of updates must not exceed the bounds of the corresponding dimensions of operand. For dimension "
                        + w + ", updates bound is " + us.dim(w) + ", operand bound is " + os.dim(operandDim) + ".");
            }
            operandDim++;
        }
        int scatterDim = 0;
        for (int i = 0; i < us.rank(); i++) {
            if (dn.updateWindowDims().contains(i)) continue;
            if (us.dim(i) != is.dim(scatterDim)) {
                throw new ShapeException("Bounds of the scatter dimensions of updates must be the same as the bounds of the corresponding dimensions of scatter indices. For scatter dimension "
                        + i + ", updates bound is " + us.dim(i) + ", scatter_indices bound is " + is.dim(scatterDim) + ".");
            }
            scatterDim++;
        }
        return List.of(operand);
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("dimension_numbers", dimensionNumbers), Param.of("indices_are_sorted", indicesAreSorted),
                Param.of("mode", mode), Param.of("unique_indices", uniqueIndices), new Param("update_consts", "()"),
                Param.of("update_jaxpr", null));
    }
}
