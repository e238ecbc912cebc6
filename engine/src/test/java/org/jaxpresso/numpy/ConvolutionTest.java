package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.ShapeException;
import org.jaxpresso.backend.Buffer;
import org.junit.jupiter.api.Test;

/** {@code Jnp.convolve}, {@code take} and {@code flip} against numpy 1.24's values. */
class ConvolutionTest {
    private static Array f32(float... v) { return ArrayCreation.fromBuffer(Buffer.wrap(v), v.length); }

    private static Array i32(int... v) { return ArrayCreation.fromBuffer(Buffer.wrap(v), v.length); }

    @Test
    void intsConvolveInFloat() {
        Array a = i32(1, 2, 3, 4, 5);
        Array v = i32(2, 1, 3);
        Array full = Jnp.convolve(a, v);
        assertEquals(DType.FLOAT32, full.dtype());
        assertArrayEquals(new float[] {2, 5, 11, 17, 23, 17, 15}, full.toFloatArray());
        assertArrayEquals(new float[] {5, 11, 17, 23, 17}, Jnp.convolve(a, v, "same").toFloatArray());
        assertArrayEquals(new float[] {11, 17, 23}, Jnp.convolve(a, v, "valid").toFloatArray());
    }

    @Test
    void floatsWithEvenKernelAndSwappedOperands() {
        Array f = f32(0.5f, -1.25f, 2.0f, 3.5f);
        Array g = f32(1.5f, 0.25f);
        for (Array[] p : new Array[][] {{f, g}, {g, f}}) {
            assertArrayEquals(new float[] {0.75f, -1.75f, 2.6875f, 5.75f, 0.875f}, Jnp.convolve(p[0], p[1], "full").toFloatArray());
            assertArrayEquals(new float[] {0.75f, -1.75f, 2.6875f, 5.75f}, Jnp.convolve(p[0], p[1], "same").toFloatArray());
            assertArrayEquals(new float[] {-1.75f, 2.6875f, 5.75f}, Jnp.convolve(p[0], p[1], "valid").toFloatArray());
        }
    }

    @Test
    void badModeAndRank() {
        assertEquals("mode must be one of ['full', 'same', 'valid']",
                assertThrows(ShapeException.class, () -> Jnp.convolve(f32(1, 2), f32(1), "wide")).getMessage());
        Array m = ArrayCreation.fromBuffer(Buffer.wrap(new float[4]), 2, 2);
        assertEquals("convolve() only support 1-dimensional inputs.", assertThrows(ShapeException.class, () -> Jnp.convolve(m, f32(1))).getMessage());
    }

    @Test
    void takeFlatAndAlongAxis() {
        float[] v = new float[12];
        for (int i = 0; i < 12; i++) v[i] = i * 1.5f - 2;
        Array x = ArrayCreation.fromBuffer(Buffer.wrap(v), 3, 4);
        assertArrayEquals(new float[] {5.5f, -2.0f, 14.5f}, Jnp.take(x, new int[] {5, 0, 11}).toFloatArray());
        Array r = Jnp.take(x, new int[] {3, -1}, 1);
        assertArrayEquals(new int[] {3, 2}, r.shape().dims());
        assertArrayEquals(new float[] {2.5f, 2.5f, 8.5f, 8.5f, 14.5f, 14.5f}, r.toFloatArray());
        assertEquals(true, Float.isNaN(Jnp.take(x, new int[] {12}).toFloatArray()[0]), "out of bounds fills with NaN");
    }

    @Test
    void flip() {
        Array x = ArrayCreation.fromBuffer(Buffer.wrap(new int[] {1, 2, 3, 4, 5, 6}), 2, 3);
        assertArrayEquals(new int[] {6, 5, 4, 3, 2, 1}, Jnp.flip(x).toIntArray());
        assertArrayEquals(new int[] {3, 2, 1, 6, 5, 4}, Jnp.flip(x, -1).toIntArray());
    }
}
