package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Gather;
import org.jaxpresso.core.GatherDimensionNumbers;
import org.jaxpresso.core.GatherScatterMode;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Scatter;
import org.jaxpresso.core.ScatterDimensionNumbers;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/**
 * Reference loops for gather and scatter, following XLA's operational semantics: the last
 * dimension of the indices holds the index vectors; a start index is clamped into bounds
 * ({@code CLIP}, {@code PROMISE_IN_BOUNDS}) or, under {@code FILL_OR_DROP}, a window that does
 * not fit makes gather return the fill value and scatter skip the update.
 */
final class IndexingKernels {
    private IndexingKernels() {}

    static Buffer gather(Gather g, Buffer x, ShapedArray xAval, Buffer indices, ShapedArray indicesAval, ShapedArray out) {
        GatherDimensionNumbers dn = g.dimensionNumbers();
        Shape xs = xAval.shape();
        Shape is = indicesAval.shape();
        Shape os = out.shape();
        int[] xStrides = xs.strides();
        int[] iStrides = is.strides();
        int vectorSize = is.dim(is.rank() - 1);
        // operand dims that the offset dims of the output walk, in order
        int[] windowOperandDims = new int[dn.offsetDims().size()];
        for (int d = 0, w = 0; d < xs.rank(); d++) {
            if (!dn.collapsedSliceDims().contains(d) && !dn.operandBatchingDims().contains(d)) windowOperandDims[w++] = d;
        }
        Buffer result = Buffer.allocate(out.dtype(), os.size());
        int[] outIndex = new int[os.rank()];
        int[] batchIndex = new int[is.rank() - 1];
        int[] start = new int[xs.rank()];
        for (int flat = 0; flat < os.size(); flat++) {
            // split the output index into batch (indices) and offset (window) coordinates
            for (int d = 0, b = 0; d < os.rank(); d++) if (!dn.offsetDims().contains(d)) batchIndex[b++] = outIndex[d];
            startIndex(batchIndex, indices, iStrides, vectorSize, dn.startIndexMap(), dn.operandBatchingDims(),
                    dn.startIndicesBatchingDims(), start);
            boolean inBounds = true;
            for (int d = 0; d < xs.rank(); d++) {
                int hi = xs.dim(d) - g.sliceSizes().get(d);
                if (g.mode() == GatherScatterMode.FILL_OR_DROP) {
                    inBounds &= start[d] >= 0 && start[d] <= hi;
                } else {
                    start[d] = Math.clamp(start[d], 0, Math.max(hi, 0));
                }
            }
            if (!inBounds) {
                setFill(result, flat, g.fillValue());
            } else {
                int src = 0;
                for (int d = 0; d < xs.rank(); d++) src += start[d] * xStrides[d];
                for (int w = 0; w < windowOperandDims.length; w++) src += outIndex[dn.offsetDims().get(w)] * xStrides[windowOperandDims[w]];
                result.copyElement(x, src, flat);
            }
            increment(outIndex, os);
        }
        return result;
    }

    /**
     * The operand start position of one index vector: {@code start[startIndexMap[k]] = indices[batch…, k]},
     * and batching dims take the position of their paired indices dimension.
     */
    private static void startIndex(int[] batchIndex, Buffer indices, int[] iStrides, int vectorSize, IntTuple startIndexMap,
                                   IntTuple operandBatchingDims, IntTuple indicesBatchingDims, int[] start) {
        java.util.Arrays.fill(start, 0);
        int base = 0;
        for (int b = 0; b < batchIndex.length; b++) base += batchIndex[b] * iStrides[b];
        for (int k = 0; k < vectorSize; k++) {
            start[startIndexMap.get(k)] = Math.clamp(indices.getLong(base + k * iStrides[iStrides.length - 1]), Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
        }
        for (int k = 0; k < operandBatchingDims.size(); k++) start[operandBatchingDims.get(k)] = batchIndex[indicesBatchingDims.get(k)];
    }

    /** The gather's fill value, or lax.gather's default: NaN for floats, the minimum for signed ints, True for bools. */
    private static void setFill(Buffer b, int i, Object fill) {
        switch (fill) {
            case Double d -> {
                b.setDouble(i, d);
                return;
            }
            case Long l -> {
                b.setLong(i, l);
                return;
            }
            case Boolean x -> {
                b.setBool(i, x);
                return;
            }
            case null, default -> { }
        }
        switch (b.dtype()) {
            case FLOAT32, FLOAT64 -> b.setDouble(i, Double.NaN);
            case INT32 -> b.setLong(i, Integer.MIN_VALUE);
            case INT64 -> b.setLong(i, Long.MIN_VALUE);
            case BOOL -> b.setBool(i, true);
        }
    }

    static Buffer scatter(Scatter s, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        ScatterDimensionNumbers dn = s.dimensionNumbers();
        Buffer x = in.get(0);
        Buffer indices = in.get(1);
        Buffer updates = in.get(2);
        Shape xs = inAvals.get(0).shape();
        Shape is = inAvals.get(1).shape();
        Shape us = inAvals.get(2).shape();
        int[] xStrides = xs.strides();
        int[] iStrides = is.strides();
        int vectorSize = is.dim(is.rank() - 1);
        Buffer result = Buffer.allocate(out.dtype(), x.size());
        for (int i = 0; i < x.size(); i++) result.copyElement(x, i, i);
        int[] windowOperandDims = new int[dn.updateWindowDims().size()];
        int[] windowBounds = new int[xs.rank()];
        java.util.Arrays.fill(windowBounds, 1);
        for (int d = 0, w = 0; d < xs.rank(); d++) {
            if (!dn.insertedWindowDims().contains(d) && !dn.operandBatchingDims().contains(d)) {
                windowOperandDims[w] = d;
                windowBounds[d] = us.dim(dn.updateWindowDims().get(w));
                w++;
            }
        }
        int[] uIndex = new int[us.rank()];
        int[] scatterIndex = new int[is.rank() - 1];
        int[] start = new int[xs.rank()];
        for (int flat = 0; flat < us.size(); flat++) {
            for (int d = 0, b = 0; d < us.rank(); d++) if (!dn.updateWindowDims().contains(d)) scatterIndex[b++] = uIndex[d];
            startIndex(scatterIndex, indices, iStrides, vectorSize, dn.scatterDimsToOperandDims(), dn.operandBatchingDims(),
                    dn.scatterIndicesBatchingDims(), start);
            boolean inBounds = true;
            for (int d = 0; d < xs.rank(); d++) {
                int hi = xs.dim(d) - windowBounds[d];
                if (s.mode() == GatherScatterMode.CLIP) {
                    start[d] = Math.clamp(start[d], 0, Math.max(hi, 0));
                } else {
                    inBounds &= start[d] >= 0 && start[d] <= hi;
                }
            }
            if (inBounds) {
                int dst = 0;
                for (int d = 0; d < xs.rank(); d++) dst += start[d] * xStrides[d];
                for (int w = 0; w < windowOperandDims.length; w++) dst += uIndex[dn.updateWindowDims().get(w)] * xStrides[windowOperandDims[w]];
                combine(s.op(), result, dst, updates, flat);
            }
            increment(uIndex, us);
        }
        return result;
    }

    private static void combine(Scatter.Op op, Buffer result, int dst, Buffer updates, int src) {
        DType t = result.dtype();
        if (op == Scatter.Op.SET) {
            result.copyElement(updates, src, dst);
        } else if (t.isBool()) {
            boolean a = result.getBool(dst);
            boolean b = updates.getBool(src);
            result.setBool(dst, switch (op) {
                case ADD, MAX -> a || b;
                case MUL, MIN -> a && b;
                case SET -> b;
            });
        } else if (t.isInteger()) {
            long a = result.getLong(dst);
            long b = updates.getLong(src);
            result.setLong(dst, switch (op) {
                case ADD -> a + b;
                case MUL -> a * b;
                case MIN -> Math.min(a, b);
                case MAX -> Math.max(a, b);
                case SET -> b;
            });
        } else {
            double a = result.getDouble(dst);
            double b = updates.getDouble(src);
            result.setDouble(dst, switch (op) {
                case ADD -> a + b;
                case MUL -> a * b;
                case MIN -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b);
                case MAX -> Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
                case SET -> b;
            });
        }
    }

    /** Advances a row-major multi-index by one. */
    static void increment(int[] index, Shape shape) {
        for (int d = index.length - 1; d >= 0; d--) {
            if (++index[d] < shape.dim(d)) return;
            index[d] = 0;
        }
    }
}
