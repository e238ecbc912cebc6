package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;

/**
 * {@code gather operand indices}: XLA's gather, enough for numpy's integer-array and strided
 * indexing. The last dimension of {@code indices} holds the index vectors. {@code fillValue}
 * (a {@code Double}, {@code Long} or {@code Boolean}) is what out-of-bounds windows read in
 * {@code FILL_OR_DROP} mode, and null (printed {@code None}) in the other modes.
 */
public record Gather(GatherDimensionNumbers dimensionNumbers, IntTuple sliceSizes, GatherScatterMode mode,
                     boolean indicesAreSorted, boolean uniqueIndices, Object fillValue) implements Primitive {
    /** As {@code lax.gather}: in {@code FILL_OR_DROP} mode the fill defaults to NaN, the int minimum, or True. */
    public static Gather of(GatherDimensionNumbers dimensionNumbers, IntTuple sliceSizes, GatherScatterMode mode,
                            boolean indicesAreSorted, boolean uniqueIndices, org.jaxpresso.DType operandDtype) {
        Object fill = mode != GatherScatterMode.FILL_OR_DROP ? null : switch (operandDtype) {
            case FLOAT32, FLOAT64 -> Double.NaN;
            case INT32 -> (long) Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case BOOL -> Boolean.TRUE;
        };
        return new Gather(dimensionNumbers, sliceSizes, mode, indicesAreSorted, uniqueIndices, fill);
    }

    @Override
    public String primitiveName() { return "gather"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 2);
        ShapedArray operand = in.get(0);
        ShapedArray indices = in.get(1);
        if (!indices.dtype().isInteger()) throw new DTypeException("indices must have an integer type");
        GatherDimensionNumbers dn = dimensionNumbers;
        Shape os = operand.shape();
        Shape is = indices.shape();
        if (is.rank() < 1) {
            throw new ShapeException("Gather index leaf dimension must be within [0, rank(indices) + 1). rank(indices) is "
                    + is.rank() + " and gather index leaf dimension is " + (is.rank() - 1) + ".");
        }
        int batchRank = is.rank() - 1;
        int outRank = dn.offsetDims().size() + batchRank;
        DimensionChecks.sortedInRange(dn.offsetDims(), outRank, "gather", "offset_dims");
        DimensionChecks.sortedInRange(dn.collapsedSliceDims(), os.rank(), "gather", "collapsed_slice_dims");
        DimensionChecks.sortedInRange(dn.operandBatchingDims(), os.rank(), "gather", "operand_batching_dims");
        DimensionChecks.noDuplicates(dn.startIndexMap(), "gather", "start_index_map");
        DimensionChecks.inRange(dn.startIndexMap(), os.rank(), "gather", "start_index_map");
        if (dn.startIndexMap().size() != DimensionChecks.indexVectorSize(is)) {
            throw new ShapeException("Gather op has " + dn.startIndexMap().size() + " elements in start_index_map and the bound of dimension index_vector_dim="
                    + (is.rank() - 1) + " of indices is " + DimensionChecks.indexVectorSize(is) + ". These two numbers must be equal.");
        }
        if (sliceSizes.size() != os.rank()) {
            throw new ShapeException("Gather op must have one slice size for every input dimension; got: len(slice_sizes)="
                    + sliceSizes.size() + ", input_shape.rank=" + os.rank());
        }
        if (dn.offsetDims().size() + dn.collapsedSliceDims().size() + dn.operandBatchingDims().size() != os.rank()) {
            throw new ShapeException("All components of the offset index in a gather op must either be a offset dimension or explicitly collapsed/batching; got len(slice_sizes)="
                    + sliceSizes.size() + ", output_slice_sizes=" + dn.offsetDims() + ", collapsed_slice_dims=" + dn.collapsedSliceDims()
                    + ", operand_batching_dims=" + dn.operandBatchingDims() + ".");
        }
        for (int i = 0; i < os.rank(); i++) {
            int size = sliceSizes.get(i);
            if (size < 0 || size > os.dim(i)) {
                throw new ShapeException("Slice size at index " + i + " in gather op is out of range, must be within [0, " + os.dim(i)
                        + " + 1); got " + size + ".");
            }
        }
        for (IntTuple squeezed : List.of(dn.collapsedSliceDims(), dn.operandBatchingDims())) {
            for (int i = 0; i < squeezed.size(); i++) {
                int bound = sliceSizes.get(squeezed.get(i));
                if (bound > 1) {
                    throw new ShapeException("Gather op can only collapse slice dims with bound 1, but bound is " + bound + " for index "
                            + squeezed.get(i) + " at position " + i + ".");
                }
            }
        }
        int[] out = new int[outRank];
        int nextSlice = 0;
        int nextBatch = 0;
        for (int d = 0; d < outRank; d++) {
            if (dn.offsetDims().contains(d)) {
                while (dn.collapsedSliceDims().contains(nextSlice) || dn.operandBatchingDims().contains(nextSlice)) nextSlice++;
                out[d] = sliceSizes.get(nextSlice++);
            } else {
                out[d] = is.dim(nextBatch++);
            }
        }
        return List.of(new ShapedArray(Shape.of(out), operand.dtype(), operand.weakType()));
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("dimension_numbers", dimensionNumbers), Param.of("fill_value", fillValue),
                Param.of("indices_are_sorted", indicesAreSorted), Param.of("mode", mode), Param.of("slice_sizes", sliceSizes),
                Param.of("unique_indices", uniqueIndices));
    }
}
