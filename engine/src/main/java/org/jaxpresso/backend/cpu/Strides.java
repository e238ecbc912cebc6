package org.jaxpresso.backend.cpu;

import org.jaxpresso.core.Shape;

/**
 * Strided views of flat row-major buffers: every data-movement kernel is "visit the output in
 * row-major order and read the input at {@code base + Σ index[a] * stride[a]}". Broadcasting is
 * stride 0, transposing permutes strides, reversing negates them, slicing multiplies them.
 */
final class Strides {
    private Strides() {}

    /**
     * The flat offset of every element of an array of {@code dims}, visited in row-major order,
     * in a view with these {@code strides} starting at {@code base}.
     */
    static int[] offsets(int[] dims, int[] strides, int base) {
        long count = 1;
        for (int d : dims) count *= d;
        int[] out = new int[(int) count];
        if (count == 0) return out;
        int rank = dims.length;
        int[] index = new int[rank];
        int offset = base;
        for (int i = 0; i < out.length; i++) {
            out[i] = offset;
            for (int a = rank - 1; a >= 0; a--) {
                index[a]++;
                offset += strides[a];
                if (index[a] < dims[a]) break;
                offset -= strides[a] * dims[a];
                index[a] = 0;
            }
        }
        return out;
    }

    static int[] offsets(Shape shape, int[] strides, int base) { return offsets(shape.dims(), strides, base); }

    /**
     * The strides with which an operand of shape {@code in} is read when broadcast to {@code out}
     * by lax's rule: a rank-0 operand or a size-1 dimension is read with stride 0.
     */
    static int[] broadcast(Shape in, Shape out) {
        int[] s = new int[out.rank()];
        if (in.rank() == 0) return s;
        int[] inStrides = in.strides();
        for (int a = 0; a < s.length; a++) s[a] = in.dim(a) == 1 ? 0 : inStrides[a];
        return s;
    }

    /** Whether reading {@code in} as {@code out} is the identity (same element count and no stretching). */
    static boolean isIdentity(Shape in, Shape out) { return in.equals(out); }
}
