package org.jaxpresso.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.jaxpresso.Array;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.numpy.ArrayCreation;

/** Concrete sample arrays and numpy-style closeness checks for tests. */
public final class Samples {
    private Samples() {}

    /** A float32 array of {@code shape} (row-major values); no shape means a 0-d array. */
    public static Array f32(float[] values, int... shape) { return ArrayCreation.fromBuffer(Buffer.wrap(values.clone()), shapeOf(values.length, shape)); }

    public static Array i32(int[] values, int... shape) { return ArrayCreation.fromBuffer(Buffer.wrap(values.clone()), shapeOf(values.length, shape)); }

    public static Array bool(boolean[] values, int... shape) { return ArrayCreation.fromBuffer(Buffer.wrap(values.clone()), shapeOf(values.length, shape)); }

    /** A 0-d float32 array. */
    public static Array f32(float value) { return f32(new float[] {value}); }

    /** A 0-d int32 array. */
    public static Array i32(int value) { return i32(new int[] {value}); }

    /** A 0-d bool array. */
    public static Array bool(boolean value) { return bool(new boolean[] {value}); }

    /** {@code 0, 1, …, n-1} as float32 of {@code shape}. */
    public static Array arangeF32(int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = i;
        return f32(v, shape);
    }

    private static int[] shapeOf(int count, int[] shape) {
        int n = 1;
        for (int d : shape) n *= d;
        if (n != count) throw new IllegalArgumentException(count + " values do not fill shape " + java.util.Arrays.toString(shape));
        return shape;
    }

    /** numpy's {@code assert_allclose}: {@code |a - e| <= atol + rtol * |e|}, NaNs equal, infinities exact. */
    public static void assertAllClose(float[] expected, float[] actual, double rtol, double atol) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            boolean ok = Double.isNaN(e) ? Double.isNaN(a)
                    : Double.isInfinite(e) ? e == a
                    : Math.abs(a - e) <= atol + rtol * Math.abs(e);
            if (!ok) {
                fail("element " + i + ": expected " + e + " but was " + a + "\nexpected " + java.util.Arrays.toString(expected)
                        + "\nactual   " + java.util.Arrays.toString(actual));
            }
        }
    }

    /** {@link #assertAllClose(float[], float[], double, double)} with numpy's default tolerances for float32 (1e-6, 0). */
    public static void assertAllClose(float[] expected, float[] actual) { assertAllClose(expected, actual, 1e-6, 0); }

    /** Compares values (float32) and shape of {@code actual}. */
    public static void assertAllClose(float[] expected, int[] shape, Array actual, double rtol, double atol) {
        assertArrayEquals(shape, actual.shape().dims(), "shape");
        assertAllClose(expected, actual.toFloatArray(), rtol, atol);
    }
}
