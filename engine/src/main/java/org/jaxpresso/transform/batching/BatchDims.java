package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import org.jaxpresso.Array;
import org.jaxpresso.Lax;

/** Moving and making batch dimensions: the few lax calls every batching rule is built from. */
final class BatchDims {
    private BatchDims() {}

    /** {@code batching.moveaxis}: a transpose taking axis {@code src} to {@code dst}; nothing if they are equal. */
    static Array moveaxis(Array x, int src, int dst) {
        if (src == dst) return x;
        int n = x.ndim();
        int[] perm = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) if (i != src) perm[k++] = i;
        int[] withSrc = new int[n];
        for (int i = 0, j = 0; i < n; i++) withSrc[i] = i == dst ? src : perm[j++];
        return Lax.transpose(x, withSrc);
    }

    /** {@code batching.broadcast}: a new axis of {@code size} at {@code axis}, by one broadcast_in_dim. */
    static Array broadcast(Array x, int size, int axis) {
        int n = x.ndim();
        int[] shape = new int[n + 1];
        int[] dims = new int[n];
        for (int i = 0, j = 0; i < n + 1; i++) {
            if (i == axis) {
                shape[i] = size;
            } else {
                shape[i] = x.shape(j);
                dims[j++] = i;
            }
        }
        return Lax.broadcastInDim(x, shape, dims);
    }

    /** {@code batching.bdim_at_front}: the batch dimension moved to 0, or a new leading axis of {@code size} if unbatched. */
    static Array atFront(Array x, int bdim, int size) {
        return bdim == NOT_MAPPED ? broadcast(x, size, 0) : moveaxis(x, bdim, 0);
    }

    /** {@code lax.expand_dims} at the end: trailing size-1 axes up to rank {@code rank}. */
    static Array expandTrailing(Array x, int rank) {
        int n = x.ndim();
        if (n == rank) return x;
        int[] shape = new int[rank];
        int[] dims = new int[n];
        for (int i = 0; i < rank; i++) shape[i] = i < n ? x.shape(i) : 1;
        for (int i = 0; i < n; i++) dims[i] = i;
        return Lax.broadcastInDim(x, shape, dims);
    }

    /** Broadcasts a scalar (or anything) to {@code shape} with its dims at the end. */
    static Array broadcastTo(Array x, int[] shape) {
        int n = x.ndim();
        int[] dims = new int[n];
        for (int i = 0; i < n; i++) dims[i] = shape.length - n + i;
        return Lax.broadcastInDim(x, shape, dims);
    }

    /** The batch size: the size of the first batched operand's batch dimension. */
    static int size(java.util.List<Array> values, int[] dims) {
        for (int i = 0; i < dims.length; i++) if (dims[i] != NOT_MAPPED) return values.get(i).shape(dims[i]);
        throw new IllegalStateException("no batched operand");
    }

    /** {@code d} shifted past an inserted axis at {@code bdim}: {@code d + (d >= bdim)}. */
    static int bump(int d, int bdim) { return d >= bdim ? d + 1 : d; }

    static int[] bump(int[] ds, int bdim) {
        int[] out = new int[ds.length];
        for (int i = 0; i < ds.length; i++) out[i] = bump(ds[i], bdim);
        return out;
    }

    static int[] plusOne(int[] ds) {
        int[] out = new int[ds.length];
        for (int i = 0; i < ds.length; i++) out[i] = ds[i] + 1;
        return out;
    }

    static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
