package org.jaxpresso.backend.cpu;

import org.jaxpresso.core.Shape;

/**
 * Copies of a row-major array with its axes permuted: the result's axis {@code i} is the
 * source's axis {@code order[i]}. The innermost result axis is a strided loop over the source.
 */
final class PermutedCopy {
    private PermutedCopy() {}

    static float[] floats(float[] src, Shape shape, int[] order) {
        float[] out = new float[src.length];
        Walk w = new Walk(shape, order);
        int inner = w.innerDim;
        int stride = w.innerStride;
        for (int o = 0; o < out.length; o += inner) {
            int s = w.offset;
            for (int j = 0; j < inner; j++) out[o + j] = src[s + j * stride];
            w.advance();
        }
        return out;
    }

    static double[] doubles(double[] src, Shape shape, int[] order) {
        double[] out = new double[src.length];
        Walk w = new Walk(shape, order);
        int inner = w.innerDim;
        int stride = w.innerStride;
        for (int o = 0; o < out.length; o += inner) {
            int s = w.offset;
            for (int j = 0; j < inner; j++) out[o + j] = src[s + j * stride];
            w.advance();
        }
        return out;
    }

    /** An odometer over the result's outer axes, tracking the source offset of each inner row. */
    private static final class Walk {
        final int[] dims;
        final int[] strides;
        final int[] index;
        final int innerDim;
        final int innerStride;
        int offset;

        Walk(Shape shape, int[] order) {
            int rank = order.length;
            int[] srcStrides = shape.strides();
            int outer = Math.max(0, rank - 1);
            dims = new int[outer];
            strides = new int[outer];
            index = new int[outer];
            for (int i = 0; i < outer; i++) {
                dims[i] = shape.dim(order[i]);
                strides[i] = srcStrides[order[i]];
            }
            innerDim = rank == 0 ? 1 : Math.max(1, shape.dim(order[rank - 1]));
            innerStride = rank == 0 ? 0 : srcStrides[order[rank - 1]];
        }

        void advance() {
            for (int a = dims.length - 1; a >= 0; a--) {
                offset += strides[a];
                if (++index[a] < dims[a]) return;
                offset -= strides[a] * dims[a];
                index[a] = 0;
            }
        }
    }
}
