package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.BroadcastInDim;
import org.jaxpresso.core.Concatenate;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Slice;

/**
 * Fast paths for data movement that is a sequence of contiguous runs: unit-stride {@code slice},
 * {@code concatenate}, and a {@code broadcast_in_dim} that only inserts size-1 axes (which returns
 * its operand's buffer: buffers are immutable). Runs are copied whole, by {@link System#arraycopy}
 * or, when short, by a typed loop, for every dtype (elements are moved, never converted, so the
 * values are those of the reference's element-by-element gather). {@code null} means "use the
 * reference".
 */
final class BlockCopyKernels {
    private BlockCopyKernels() {}

    /**
     * A unit-stride slice: for every index of the leading axes (row-major), one run of
     * {@code out.dim(last)} elements of the input row starting at the slice's start.
     */
    static Buffer slice(Slice sl, Buffer x, ShapedArray xAval, ShapedArray out) {
        int rank = out.rank();
        for (int a = 0; a < rank; a++) if (sl.stride(a) != 1) return null;
        int n = out.shape().size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        if (n == 0) return r;
        if (rank == 0) {
            r.copyElement(x, 0, 0);
            return r;
        }
        int[] inStrides = xAval.shape().strides();
        int[] outDims = out.shape().dims();
        int base = 0;
        for (int a = 0; a < rank; a++) base += sl.startIndices().get(a) * inStrides[a];
        // Each index of the axes before the last two gives a plane: `rows` runs of `run` elements.
        int run = outDims[rank - 1];
        int rows = rank >= 2 ? outDims[rank - 2] : 1;
        int rowStride = rank >= 2 ? inStrides[rank - 2] : 0;
        int planes = n / (rows * run);
        int[] index = new int[Math.max(0, rank - 2)];
        int from = base;
        for (int p = 0; p < planes; p++) {
            copyRuns(x.data(), from, rowStride, r.data(), p * rows * run, run, rows, run);
            for (int a = rank - 3; a >= 0; a--) {
                from += inStrides[a];
                if (++index[a] < outDims[a]) break;
                from -= inStrides[a] * outDims[a];
                index[a] = 0;
            }
        }
        return r;
    }

    /**
     * Row-major, the output is {@code outer} blocks (one per index of the axes before the
     * concatenation axis); in each, the operands' blocks follow each other.
     */
    static Buffer concatenate(Concatenate c, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        int axis = c.dimension();
        Shape outShape = out.shape();
        int n = outShape.size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        if (n == 0) return r;
        int outer = 1;
        for (int a = 0; a < axis; a++) outer *= outShape.dim(a);
        int outBlock = n / outer;
        Object dst = r.data();
        int at = 0;
        for (int k = 0; k < in.size(); k++) {
            int block = inAvals.get(k).shape().size() / outer;
            if (block > 0) copyRuns(in.get(k).data(), 0, block, dst, at, outBlock, outer, block);
            at += block;
        }
        return r;
    }

    /**
     * A broadcast that moves no element, only inserts axes: the operand keeps its size and its
     * axes map to increasing output axes, so the row-major data is unchanged and the (immutable)
     * operand buffer is the result.
     */
    static Buffer broadcastInDim(BroadcastInDim b, Buffer x, ShapedArray xAval, ShapedArray out) {
        int n = out.shape().size();
        if (n != xAval.shape().size()) return null;
        for (int i = 1; i < b.broadcastDimensions().size(); i++) {
            if (b.broadcastDimensions().get(i) <= b.broadcastDimensions().get(i - 1)) return null;
        }
        return x;
    }

    /** Runs shorter than this are copied by a typed loop: {@code System.arraycopy} on an untyped array costs more. */
    private static final int SHORT_RUN = 16;

    /** Copies {@code runs} runs of {@code len} elements, run {@code k} from {@code from + k * fromStride} to {@code to + k * toStride}. */
    private static void copyRuns(Object src, int from, int fromStride, Object dst, int to, int toStride, int runs, int len) {
        if (len < SHORT_RUN && src instanceof float[] s && dst instanceof float[] d) {
            for (int k = 0; k < runs; k++, from += fromStride, to += toStride) {
                for (int j = 0; j < len; j++) d[to + j] = s[from + j];
            }
        } else if (len < SHORT_RUN && src instanceof int[] s && dst instanceof int[] d) {
            for (int k = 0; k < runs; k++, from += fromStride, to += toStride) {
                for (int j = 0; j < len; j++) d[to + j] = s[from + j];
            }
        } else {
            for (int k = 0; k < runs; k++, from += fromStride, to += toStride) System.arraycopy(src, from, dst, to, len);
        }
    }
}
