package org.jaxpresso.testkit;

import java.util.List;
import org.jaxpresso.Array;

/**
 * {@code np.stack} and {@code np.take(x, i, axis)} by plain index arithmetic on the elements,
 * independent of the engine's ops, so vmap's expected results are built without vmap or lax.
 * float32, int32 and bool only.
 */
public final class Stacking {
    private Stacking() {}

    /** The examples, all of one shape and dtype, stacked along a new axis {@code axis} (0 ≤ axis ≤ rank). */
    public static Array stack(List<Array> examples, int axis) {
        Array first = examples.getFirst();
        int[] s = first.shape().dims();
        if (axis < 0 || axis > s.length) throw new IllegalArgumentException("axis " + axis + " for rank " + s.length);
        int b = examples.size();
        int outer = product(s, 0, axis);
        int inner = product(s, axis, s.length);
        int[] out = new int[s.length + 1];
        for (int i = 0, j = 0; i < out.length; i++) out[i] = i == axis ? b : s[j++];
        for (Array e : examples) {
            if (!e.aval().strong().equals(first.aval().strong())) throw new IllegalArgumentException("stacking " + e.aval() + " with " + first.aval());
        }
        int n = outer * b * inner;
        return switch (first.dtype()) {
            case FLOAT32 -> {
                float[] v = new float[n];
                for (int k = 0; k < b; k++) {
                    double[] e = examples.get(k).toDoubleArray();
                    for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) v[(o * b + k) * inner + i] = (float) e[o * inner + i];
                }
                yield Samples.f32(v, out);
            }
            case INT32 -> {
                int[] v = new int[n];
                for (int k = 0; k < b; k++) {
                    long[] e = examples.get(k).toLongArray();
                    for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) v[(o * b + k) * inner + i] = (int) e[o * inner + i];
                }
                yield Samples.i32(v, out);
            }
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int k = 0; k < b; k++) {
                    boolean[] e = examples.get(k).toBooleanArray();
                    for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) v[(o * b + k) * inner + i] = e[o * inner + i];
                }
                yield Samples.bool(v, out);
            }
            default -> throw new IllegalArgumentException("no stacking of " + first.dtype());
        };
    }

    /** {@code x} at {@code index} along {@code axis}, that axis removed. */
    public static Array take(Array x, int axis, int index) {
        int[] s = x.shape().dims();
        int outer = product(s, 0, axis);
        int d = s[axis];
        int inner = product(s, axis + 1, s.length);
        int[] out = new int[s.length - 1];
        for (int i = 0, j = 0; i < s.length; i++) if (i != axis) out[j++] = s[i];
        int n = outer * inner;
        return switch (x.dtype()) {
            case FLOAT32 -> {
                double[] e = x.toDoubleArray();
                float[] v = new float[n];
                for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) v[o * inner + i] = (float) e[(o * d + index) * inner + i];
                yield Samples.f32(v, out);
            }
            case INT32 -> {
                long[] e = x.toLongArray();
                int[] v = new int[n];
                for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) v[o * inner + i] = (int) e[(o * d + index) * inner + i];
                yield Samples.i32(v, out);
            }
            case BOOL -> {
                boolean[] e = x.toBooleanArray();
                boolean[] v = new boolean[n];
                for (int o = 0; o < outer; o++) for (int i = 0; i < inner; i++) v[o * inner + i] = e[(o * d + index) * inner + i];
                yield Samples.bool(v, out);
            }
            default -> throw new IllegalArgumentException("no take of " + x.dtype());
        };
    }

    private static int product(int[] s, int from, int to) {
        int p = 1;
        for (int i = from; i < to; i++) p *= s[i];
        return p;
    }
}
