package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Index;
import org.jaxpresso.IndexException;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.core.GatherDimensionNumbers;
import org.jaxpresso.core.IntTuple;

/**
 * JAX's {@code index_to_gather}: turns a canonical index (ellipsis removed, trailing {@code :}
 * added) into gather indices and dimension numbers, shared by indexing (gather) and
 * {@code .at[…]} updates (scatter, its transpose). Static ints are normalised in Java; strided
 * slices build their positions with {@code iota}, {@code mul} and {@code add}; array indices are
 * normalised with {@code select_n} and broadcast together.
 *
 * @param gatherIndices     int32 indices whose last dimension is the index vector; shape (0,) when nothing is gathered
 * @param sliceShape        the shape of {@code x[idx]}
 * @param gatherSliceShape  the gather's {@code slice_sizes}
 * @param reversedYDims     output dims to reverse after the gather (negative steps)
 * @param newaxisDims       output dims inserted by {@code None}
 */
record GatherIndexer(Array gatherIndices, GatherDimensionNumbers dimensionNumbers, int[] sliceShape, IntTuple gatherSliceShape,
                     IntTuple reversedYDims, IntTuple newaxisDims, boolean uniqueIndices, boolean indicesAreSorted) {

    boolean sliceShapeIsEmpty() {
        for (int d : sliceShape) if (d == 0) return true;
        return false;
    }

    boolean hasGatherIndices() { return gatherIndices.size() > 0; }

    /** {@code original} is the index as the user wrote it (for numpy's advanced-axes contiguity rule). */
    static GatherIndexer of(int[] xShape, List<Object> original, List<Object> idx) {
        List<Integer> advancedPositions = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (original.get(i) instanceof Integer || original.get(i) instanceof Array) advancedPositions.add(i);
        }
        boolean contiguous = true;
        for (int i = 1; i < advancedPositions.size(); i++) contiguous &= advancedPositions.get(i) - advancedPositions.get(i - 1) == 1;

        boolean advanced = idx.stream().anyMatch(IndexItems::isArrayIndex);
        List<Array> advancedIndexes = new ArrayList<>();
        List<Integer> idxAdvancedAxes = new ArrayList<>();
        List<Integer> xAdvancedAxes = new ArrayList<>();
        if (advanced) {
            int j = 0;
            for (int i = 0; i < idx.size(); i++) {
                Object e = idx.get(i);
                if (e == Index.NEW_AXIS) continue;
                if (e instanceof Integer v) {
                    advancedIndexes.add(Indexing.int32(v < 0 ? v + xShape[j] : v));
                } else if (e instanceof Array a) {
                    advancedIndexes.add(Indexing.normalizeIndex(a, xShape[j]));
                } else {
                    j++;
                    continue;
                }
                idxAdvancedAxes.add(i);
                xAdvancedAxes.add(j);
                j++;
            }
        }

        int xAxis = 0;
        int yAxis = 0;
        int collapsedYAxis = 0;
        List<Integer> offsetDims = new ArrayList<>();
        List<Integer> collapsedSliceDims = new ArrayList<>();
        List<Integer> startIndexMap = new ArrayList<>();
        List<Array> gatherIndices = new ArrayList<>();
        List<Integer> gatherIndexStarts = new ArrayList<>();
        List<Integer> gatherIndicesShape = new ArrayList<>();
        List<Integer> sliceShape = new ArrayList<>();
        List<Integer> newaxisDims = new ArrayList<>();
        List<Integer> reversedYDims = new ArrayList<>();
        List<Integer> gatherSliceShape = new ArrayList<>();

        for (int pos = 0; pos < idx.size(); pos++) {
            Object e = idx.get(pos);
            if (advanced && (contiguous ? pos == idxAdvancedAxes.getFirst() : pos == 0)) {
                List<Array> arrays = broadcastArrays(advancedIndexes);
                int[] shape = arrays.getFirst().shape().dims();
                int startDim = gatherIndicesShape.size();
                for (Array a : arrays) {
                    gatherIndices.add(toInt32(a));
                    gatherIndexStarts.add(startDim);
                }
                for (int d : shape) {
                    gatherIndicesShape.add(d);
                    sliceShape.add(d);
                }
                startIndexMap.addAll(xAdvancedAxes);
                collapsedSliceDims.addAll(xAdvancedAxes);
                yAxis += shape.length;
                collapsedYAxis += shape.length;
            }
            if (idxAdvancedAxes.contains(pos)) {
                xAxis++;
                gatherSliceShape.add(1);
                continue;
            }
            if (e instanceof Integer || e instanceof Array) {
                int size = xShape[xAxis];
                if (size == 0) throw new IndexException("index is out of bounds for axis " + xAxis + " with size 0");
                Array i = e instanceof Integer v ? Indexing.int32(v < 0 ? v + size : v) : toInt32(Indexing.normalizeIndex((Array) e, size));
                gatherIndices.add(i);
                gatherIndexStarts.add(gatherIndicesShape.size());
                collapsedSliceDims.add(xAxis);
                gatherSliceShape.add(1);
                startIndexMap.add(xAxis);
                xAxis++;
            } else if (e == Index.NEW_AXIS) {
                sliceShape.add(1);
                newaxisDims.add(yAxis);
                yAxis++;
            } else if (e instanceof Index.Slice s) {
                int size = xShape[xAxis];
                int[] r = s.indices(size);
                int start = r[0];
                int step = r[2];
                int n = s.length(size);
                sliceShape.add(n);
                if (step == 1) {
                    if (n != size) {
                        gatherIndices.add(Indexing.int32(start));
                        gatherIndexStarts.add(gatherIndicesShape.size());
                        startIndexMap.add(xAxis);
                    }
                    gatherSliceShape.add(n);
                    offsetDims.add(collapsedYAxis);
                } else {
                    Array positions = Jnp.add(Indexing.int32(start), Jnp.multiply(Indexing.int32(step), Lax.iota(DType.INT32, n)));
                    if (step < 0) {
                        reversedYDims.add(collapsedYAxis);
                        positions = Lax.rev(positions, 0);
                    }
                    gatherSliceShape.add(1);
                    gatherIndices.add(positions);
                    gatherIndexStarts.add(gatherIndicesShape.size());
                    startIndexMap.add(xAxis);
                    gatherIndicesShape.add(n);
                    collapsedSliceDims.add(xAxis);
                }
                collapsedYAxis++;
                yAxis++;
                xAxis++;
            } else {
                throw new IndexException("Indexing mode not yet supported. Got unsupported indexer at position " + pos + ": " + e);
            }
        }

        Array indicesArray;
        if (gatherIndices.isEmpty()) {
            indicesArray = ArrayCreation.fromBuffer(org.jaxpresso.backend.Buffer.wrap(new int[0]), 0);
        } else if (gatherIndices.size() == 1) {
            Array g = gatherIndices.getFirst();
            indicesArray = Indexing.expandDims(g, new int[] {g.ndim()});
        } else {
            int lastDim = gatherIndicesShape.size();
            gatherIndicesShape.add(1);
            int[] target = gatherIndicesShape.stream().mapToInt(Integer::intValue).toArray();
            List<Array> parts = new ArrayList<>();
            for (int k = 0; k < gatherIndices.size(); k++) {
                Array g = gatherIndices.get(k);
                int from = gatherIndexStarts.get(k);
                parts.add(Lax.broadcastInDim(g, target, IntTuple.range(from, from + g.ndim()).toArray()));
            }
            indicesArray = Lax.concatenate(parts, lastDim);
        }
        GatherDimensionNumbers dn = new GatherDimensionNumbers(IntTuple.of(offsetDims),
                IntTuple.of(collapsedSliceDims.stream().sorted().toList()), IntTuple.of(startIndexMap));
        return new GatherIndexer(indicesArray, dn, sliceShape.stream().mapToInt(Integer::intValue).toArray(), IntTuple.of(gatherSliceShape),
                IntTuple.of(reversedYDims), IntTuple.of(newaxisDims), !advanced, !advanced);
    }

    private static Array toInt32(Array a) { return a.dtype() == DType.INT32 ? a : Lax.convertElementType(a, DType.INT32, false); }

    /** numpy's broadcast of the advanced index arrays to one shape. */
    private static List<Array> broadcastArrays(List<Array> arrays) {
        List<int[]> shapes = new ArrayList<>();
        for (Array a : arrays) shapes.add(a.shape().dims());
        int[] shape = Promotion.broadcastShapes(shapes);
        List<Array> out = new ArrayList<>();
        for (Array a : arrays) out.add(broadcastTo(a, shape));
        return out;
    }

    /** {@code jnp.broadcast_to}: nothing when the shape already matches, else squeeze the stretched 1s and {@code broadcast_in_dim}. */
    static Array broadcastTo(Array a, int[] shape) {
        int[] s = a.shape().dims();
        if (java.util.Arrays.equals(s, shape)) return a;
        int lead = shape.length - s.length;
        if (lead < 0) {
            throw new org.jaxpresso.ShapeException("Cannot broadcast to shape with fewer dimensions: arr_shape=" + a.shape()
                    + " shape=" + org.jaxpresso.core.Shape.of(shape));
        }
        List<Integer> diff = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (s[i] != shape[lead + i]) {
                if (s[i] != 1) {
                    throw new org.jaxpresso.ShapeException("Incompatible shapes for broadcasting: " + a.shape() + " and requested shape "
                            + org.jaxpresso.core.Shape.of(shape));
                }
                diff.add(i);
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < s.length; i++) if (!diff.contains(i)) kept.add(lead + i);
        Array squeezed = diff.isEmpty() ? a : Lax.squeeze(a, diff.stream().mapToInt(Integer::intValue).toArray());
        return Lax.broadcastInDim(squeezed, shape, kept.stream().mapToInt(Integer::intValue).toArray());
    }
}
