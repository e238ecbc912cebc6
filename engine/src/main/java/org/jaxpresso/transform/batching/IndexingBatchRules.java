package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchDims.atFront;
import static org.jaxpresso.transform.batching.BatchDims.moveaxis;
import static org.jaxpresso.transform.batching.BatchDims.plusOne;
import static org.jaxpresso.transform.batching.BatchDims.prepend;
import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.core.DynamicSlice;
import org.jaxpresso.core.Gather;
import org.jaxpresso.core.GatherDimensionNumbers;
import org.jaxpresso.core.GatherScatterMode;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Scatter;
import org.jaxpresso.core.ScatterDimensionNumbers;
import org.jaxpresso.transform.batching.BatchRules.Result;

/**
 * Batching of gather and scatter, and of dynamic_slice / dynamic_update_slice, which JAX batches
 * as the special cases of gather and scatter they are.
 */
final class IndexingBatchRules {
    private IndexingBatchRules() {}

    private static IntTuple t(int[] v) { return IntTuple.of(v); }

    /** JAX's {@code _gather_batching_rule}. */
    static Result gather(Gather g, List<Array> xs, int[] dims, int size) {
        Array operand = xs.get(0);
        Array indices = xs.get(1);
        int od = dims[0];
        int id = dims[1];
        GatherDimensionNumbers dn = g.dimensionNumbers();
        if (od != NOT_MAPPED && id == NOT_MAPPED) {
            operand = moveaxis(operand, od, 0);
            GatherDimensionNumbers bdn = new GatherDimensionNumbers(t(prepend(0, plusOne(dn.offsetDims().toArray()))),
                    t(plusOne(dn.collapsedSliceDims().toArray())), t(plusOne(dn.startIndexMap().toArray())),
                    t(plusOne(dn.operandBatchingDims().toArray())), dn.startIndicesBatchingDims());
            Gather bg = new Gather(bdn, t(prepend(operand.shape(0), g.sliceSizes().toArray())), g.mode(), g.indicesAreSorted(),
                    g.uniqueIndices(), g.fillValue());
            return Result.of(BatchRules.bind(bg, operand, indices), 0);
        }
        if (od == NOT_MAPPED) {
            indices = moveaxis(indices, id, 0);
            GatherDimensionNumbers bdn = new GatherDimensionNumbers(t(plusOne(dn.offsetDims().toArray())), dn.collapsedSliceDims(),
                    dn.startIndexMap(), dn.operandBatchingDims(), t(plusOne(dn.startIndicesBatchingDims().toArray())));
            Gather bg = new Gather(bdn, g.sliceSizes(), g.mode(), false, false, g.fillValue());
            return Result.of(BatchRules.bind(bg, operand, indices), 0);
        }
        operand = moveaxis(operand, od, 0);
        indices = moveaxis(indices, id, 0);
        GatherDimensionNumbers bdn = new GatherDimensionNumbers(t(plusOne(dn.offsetDims().toArray())),
                t(plusOne(dn.collapsedSliceDims().toArray())), t(plusOne(dn.startIndexMap().toArray())),
                t(prepend(0, plusOne(dn.operandBatchingDims().toArray()))),
                t(prepend(0, plusOne(dn.startIndicesBatchingDims().toArray()))));
        Gather bg = new Gather(bdn, t(prepend(1, g.sliceSizes().toArray())), g.mode(), g.indicesAreSorted(), g.uniqueIndices(),
                g.fillValue());
        return Result.of(BatchRules.bind(bg, operand, indices), 0);
    }

    /** JAX's {@code _scatter_batching_rule}: operand and updates get the batch dimension in front. */
    static Result scatter(Scatter s, List<Array> xs, int[] dims, int size) {
        Array operand = atFront(xs.get(0), dims[0], size);
        Array indices = xs.get(1);
        Array updates = atFront(xs.get(2), dims[2], size);
        ScatterDimensionNumbers dn = s.dimensionNumbers();
        ScatterDimensionNumbers bdn;
        if (dims[1] == NOT_MAPPED) {
            bdn = new ScatterDimensionNumbers(t(prepend(0, plusOne(dn.updateWindowDims().toArray()))),
                    t(plusOne(dn.insertedWindowDims().toArray())), t(plusOne(dn.scatterDimsToOperandDims().toArray())),
                    t(plusOne(dn.operandBatchingDims().toArray())), dn.scatterIndicesBatchingDims());
        } else {
            indices = atFront(indices, dims[1], size);
            bdn = new ScatterDimensionNumbers(t(plusOne(dn.updateWindowDims().toArray())), t(plusOne(dn.insertedWindowDims().toArray())),
                    t(plusOne(dn.scatterDimsToOperandDims().toArray())), t(prepend(0, plusOne(dn.operandBatchingDims().toArray()))),
                    t(prepend(0, plusOne(dn.scatterIndicesBatchingDims().toArray()))));
        }
        Scatter bs = new Scatter(s.op(), bdn, s.mode(), s.indicesAreSorted(), s.uniqueIndices());
        return Result.of(BatchRules.bind(bs, operand, indices, updates), 0);
    }

    /**
     * JAX's {@code _batch_dynamic_slice_indices}: the scalar start indices as one index vector
     * (batched or not). A rank-0 operand has no start indices: the vector is an unbatched
     * constant {@code int32[0]}, as JAX's {@code np.array([], 'int32')}.
     */
    private static Result startIndexVector(List<Array> starts, int[] dims) {
        if (starts.isEmpty()) {
            return Result.of(org.jaxpresso.numpy.ArrayCreation.fromBuffer(org.jaxpresso.backend.Buffer.wrap(new int[0]), 0), NOT_MAPPED);
        }
        int size = -1;
        for (int i = 0; i < starts.size(); i++) if (dims[i] != NOT_MAPPED) size = starts.get(i).shape(dims[i]);
        List<Array> parts = new ArrayList<>();
        if (size < 0) {
            for (Array s : starts) parts.add(Lax.broadcastInDim(s, new int[] {1}, new int[0]));
            return Result.of(Lax.concatenate(parts, 0), NOT_MAPPED);
        }
        for (int i = 0; i < starts.size(); i++) {
            parts.add(Lax.broadcastInDim(starts.get(i), new int[] {size, 1}, dims[i] == NOT_MAPPED ? new int[0] : new int[] {0}));
        }
        return Result.of(Lax.concatenate(parts, 1), 0);
    }

    /** A dynamic slice is a gather of one window at the start index vector. */
    static Result dynamicSlice(DynamicSlice d, List<Array> xs, int[] dims, int size) {
        int rank = xs.getFirst().ndim() - (dims[0] == NOT_MAPPED ? 0 : 1);
        int[] all = IntTuple.range(rank).toArray();
        Result index = startIndexVector(xs.subList(1, xs.size()), java.util.Arrays.copyOfRange(dims, 1, dims.length));
        GatherDimensionNumbers dn = new GatherDimensionNumbers(t(all), IntTuple.EMPTY, t(all));
        Gather g = new Gather(dn, d.sliceSizes(), GatherScatterMode.PROMISE_IN_BOUNDS, true, true, null);
        return gather(g, List.of(xs.getFirst(), index.values().getFirst()), new int[] {dims[0], index.dims()[0]}, size);
    }

    /** A dynamic update slice is a scatter of one window at the start index vector, clamped into bounds. */
    static Result dynamicUpdateSlice(List<Array> xs, int[] dims, int size) {
        Array update = xs.get(1);
        int rank = update.ndim() - (dims[1] == NOT_MAPPED ? 0 : 1);
        int[] all = IntTuple.range(rank).toArray();
        Result index = startIndexVector(xs.subList(2, xs.size()), java.util.Arrays.copyOfRange(dims, 2, dims.length));
        ScatterDimensionNumbers dn = new ScatterDimensionNumbers(t(all), IntTuple.EMPTY, t(all));
        Scatter s = new Scatter(Scatter.Op.SET, dn, GatherScatterMode.CLIP, true, true);
        Array indexVector = index.values().getFirst();
        return scatter(s, List.of(xs.get(0), indexVector, update), new int[] {dims[0], index.dims()[0], dims[1]}, size);
    }
}
