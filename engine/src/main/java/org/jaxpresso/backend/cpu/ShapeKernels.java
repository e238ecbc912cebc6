package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.BroadcastInDim;
import org.jaxpresso.core.Concatenate;
import org.jaxpresso.core.DynamicSlice;
import org.jaxpresso.core.Iota;
import org.jaxpresso.core.Pad;
import org.jaxpresso.core.Rev;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Slice;
import org.jaxpresso.core.Transpose;

/**
 * Reference loops for primitives that move elements around. Most are a gather through a
 * {@link Strides} view: the output visited in row-major order reads the input at strided offsets.
 */
final class ShapeKernels {
    private ShapeKernels() {}

    /** Output element {@code i} is input element {@code from[i]}. */
    private static Buffer gather(Buffer x, int[] from, ShapedArray out) {
        Buffer r = Buffer.allocate(out.dtype(), from.length);
        for (int i = 0; i < from.length; i++) r.copyElement(x, from[i], i);
        return r;
    }

    static Buffer broadcastInDim(BroadcastInDim b, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] inStrides = xAval.shape().strides();
        int[] strides = new int[out.rank()];
        for (int i = 0; i < xAval.rank(); i++) {
            if (xAval.shape().dim(i) != 1) strides[b.broadcastDimensions().get(i)] = inStrides[i];
        }
        return gather(x, Strides.offsets(out.shape(), strides, 0), out);
    }

    /** A copy of the flat data (reshape and squeeze keep row-major order). */
    static Buffer reshape(Buffer x, ShapedArray out) {
        Buffer r = Buffer.allocate(out.dtype(), x.size());
        System.arraycopy(x.data(), 0, r.data(), 0, x.size());
        return r;
    }

    static Buffer transpose(Transpose t, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] inStrides = xAval.shape().strides();
        int[] strides = new int[out.rank()];
        for (int i = 0; i < strides.length; i++) strides[i] = inStrides[t.permutation().get(i)];
        return gather(x, Strides.offsets(out.shape(), strides, 0), out);
    }

    static Buffer rev(Rev r, Buffer x, ShapedArray xAval, ShapedArray out) {
        Shape s = xAval.shape();
        int[] strides = s.strides();
        int base = 0;
        for (int i = 0; i < r.dimensions().size(); i++) {
            int a = r.dimensions().get(i);
            if (s.dim(a) > 0) base += (s.dim(a) - 1) * strides[a];
            strides[a] = -strides[a];
        }
        return gather(x, Strides.offsets(s, strides, base), out);
    }

    static Buffer slice(Slice sl, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] inStrides = xAval.shape().strides();
        int[] strides = new int[out.rank()];
        int base = 0;
        for (int a = 0; a < strides.length; a++) {
            strides[a] = inStrides[a] * sl.stride(a);
            base += sl.startIndices().get(a) * inStrides[a];
        }
        return gather(x, Strides.offsets(out.shape(), strides, base), out);
    }

    /** Start index {@code i} clamped into {@code [0, dim - size]}, as XLA clamps dynamic offsets. */
    private static int clampedStart(Buffer index, int dim, int size) {
        long start = index.getLong(0);
        return (int) Math.max(0, Math.min(dim - size, start));
    }

    static Buffer dynamicSlice(DynamicSlice d, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        Shape s = inAvals.getFirst().shape();
        int[] strides = s.strides();
        int base = 0;
        for (int a = 0; a < s.rank(); a++) base += clampedStart(in.get(1 + a), s.dim(a), d.sliceSizes().get(a)) * strides[a];
        return gather(in.getFirst(), Strides.offsets(out.shape(), strides, base), out);
    }

    static Buffer dynamicUpdateSlice(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        Shape s = inAvals.get(0).shape();
        Shape u = inAvals.get(1).shape();
        Buffer r = reshape(in.get(0), out);
        int[] strides = s.strides();
        int base = 0;
        for (int a = 0; a < s.rank(); a++) base += clampedStart(in.get(2 + a), s.dim(a), u.dim(a)) * strides[a];
        int[] to = Strides.offsets(u, strides, base);
        Buffer update = in.get(1);
        for (int j = 0; j < to.length; j++) r.copyElement(update, j, to[j]);
        return r;
    }

    static Buffer concatenate(Concatenate c, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        Buffer r = Buffer.allocate(out.dtype(), out.shape().size());
        int[] strides = out.shape().strides();
        int along = 0;
        for (int k = 0; k < in.size(); k++) {
            Shape s = inAvals.get(k).shape();
            int[] to = Strides.offsets(s, strides, along * strides[c.dimension()]);
            Buffer operand = in.get(k);
            for (int j = 0; j < to.length; j++) r.copyElement(operand, j, to[j]);
            along += s.dim(c.dimension());
        }
        return r;
    }

    /**
     * Fills with the padding value, then writes input element {@code index} at
     * {@code lo + index * (interior + 1)} along each axis, skipping positions that negative
     * {@code lo}/{@code hi} cropped away.
     */
    static Buffer pad(Pad p, Buffer x, ShapedArray xAval, Buffer value, ShapedArray out) {
        int n = out.shape().size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        for (int i = 0; i < n; i++) r.copyElement(value, 0, i);
        Shape s = xAval.shape();
        int rank = s.rank();
        int[] outStrides = out.shape().strides();
        int[] index = new int[rank];
        for (int j = 0; j < x.size(); j++) {
            int to = 0;
            boolean inside = true;
            for (int a = 0; a < rank; a++) {
                Pad.Config c = p.paddingConfig().get(a);
                int pos = c.lo() + index[a] * (c.interior() + 1);
                if (pos < 0 || pos >= out.shape().dim(a)) inside = false;
                to += pos * outStrides[a];
            }
            if (inside) r.copyElement(x, j, to);
            for (int a = rank - 1; a >= 0; a--) {
                if (++index[a] < s.dim(a)) break;
                index[a] = 0;
            }
        }
        return r;
    }

    static Buffer iota(Iota io, ShapedArray out) {
        Shape s = out.shape();
        int n = s.size();
        int stride = s.strides()[io.dimension()];
        int dim = s.dim(io.dimension());
        Buffer r = Buffer.allocate(out.dtype(), n);
        for (int i = 0; i < n; i++) r.setLong(i, (i / stride) % dim);
        return r;
    }
}
