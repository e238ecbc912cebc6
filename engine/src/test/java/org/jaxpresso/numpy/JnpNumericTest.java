package org.jaxpresso.numpy;

import static org.jaxpresso.testkit.Samples.assertAllClose;
import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.junit.jupiter.api.Test;

/** Eager results of jnp functions against values computed with numpy 1.24. */
class JnpNumericTest {
    /** [[1.5, -2, 3], [4, 0.5, -6]] */
    private static Array x() { return f32(new float[] {1.5f, -2, 3, 4, 0.5f, -6}, 2, 3); }

    /** [[1, 2], [3, -1], [0.5, 2]] */
    private static Array y() { return f32(new float[] {1, 2, 3, -1, 0.5f, 2}, 3, 2); }

    /** np.arange(24).reshape(2, 3, 4) * 0.5 - 3 */
    private static Array b() {
        float[] v = new float[24];
        for (int i = 0; i < 24; i++) v[i] = i * 0.5f - 3;
        return f32(v, 2, 3, 4);
    }

    private static Array range(int n, float offset, int... shape) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = i + offset;
        return f32(v, shape);
    }

    @Test
    void reductions() {
        assertAllClose(new float[] {5.5f, -1.5f, -3f}, new int[] {3}, Jnp.sum(x(), 0), 1e-6, 0);
        assertAllClose(new float[] {2.5f, -1.5f}, new int[] {2}, x().sum(-1), 1e-6, 0);
        assertAllClose(new float[] {0.16666667f}, new int[] {}, Jnp.mean(x()), 1e-6, 0);
        assertAllClose(new float[] {0.8333333f, -0.5f}, new int[] {2, 1}, x().mean(1, true), 1e-6, 0);
        assertAllClose(new float[] {3, 4}, new int[] {2}, x().max(1), 0, 0);
        assertAllClose(new float[] {1.5f, -2, -6}, new int[] {3}, x().min(0), 0, 0);
        assertAllClose(new float[] {108}, new int[] {}, Jnp.prod(x()), 1e-6, 0);
        assertEquals(3, Jnp.argmax(x()).intValue());
        assertEquals(DType.INT32, Jnp.argmax(x()).dtype());
        assertArrayEquals(new int[] {1, 2}, x().argmin(1).toIntArray());
        assertTrue(Jnp.any(Jnp.greater(x(), 3.5)).booleanValue());
        assertFalse(Jnp.all(Jnp.greater(x(), -6)).booleanValue());
        Array count = Jnp.sum(Jnp.greater(x(), 0));
        assertEquals(DType.INT32, count.dtype());
        assertEquals(4, count.intValue());
    }

    @Test
    void products() {
        assertAllClose(new float[] {-3, 11, 2.5f, -4.5f}, new int[] {2, 2}, x().matmul(y()), 1e-6, 0);
        assertAllClose(new float[] {-3, 11, 2.5f, -4.5f}, new int[] {2, 2}, Jnp.dot(x(), y()), 1e-6, 0);
        Array c = range(8, -2, 1, 4, 2);
        assertAllClose(new float[] {-4, -13, 4, 3, 12, 19, 20, 35, 28, 51, 36, 67}, new int[] {2, 3, 2}, Jnp.matmul(b(), c), 1e-6, 0);
        assertAllClose(new float[] {55, 451}, new int[] {2}, Jnp.tensordot(b(), range(12, 0, 3, 4), 2), 1e-6, 0);
        Array outer = Jnp.outer(i32(new int[] {1, 2}, 2), i32(new int[] {3, 4, 5}, 3));
        assertArrayEquals(new int[] {3, 4, 5, 6, 8, 10}, outer.toIntArray());
        assertArrayEquals(new int[] {2, 3}, outer.shape().dims());
    }

    @Test
    void einsum() {
        assertAllClose(new float[] {-22, -31, 2, 1, 26, 33, 170, 185, 258, 281, 346, 377}, new int[] {2, 3, 2},
                Jnp.einsum("bij,bjk->bik", b(), range(16, 0, 2, 4, 2)), 1e-6, 0);
        assertAllClose(new float[] {-3, 2.5f, 11, -4.5f}, new int[] {2, 2}, Jnp.einsum("ij,jk->ki", x(), y()), 1e-6, 0);
        assertAllClose(new float[] {2.5f, -1.5f}, new int[] {2}, Jnp.einsum("ij->i", x()), 1e-6, 0);
        assertAllClose(new float[] {1.5f, 4, -2, 0.5f, 3, -6}, new int[] {3, 2}, Jnp.einsum("ij", x()).T(), 0, 0);
    }

    @Test
    void shapeAndJoining() {
        Array m = Jnp.moveaxis(b(), 0, -1);
        assertArrayEquals(new int[] {3, 4, 2}, m.shape().dims());
        float[] head = new float[8];
        System.arraycopy(m.toFloatArray(), 0, head, 0, 8);
        assertAllClose(new float[] {-3, 3, -2.5f, 3.5f, -2, 4, -1.5f, 4.5f}, head);
        Array s = Jnp.stack(x(), x());
        assertArrayEquals(new int[] {2, 2, 3}, s.shape().dims());
        Array cat = Jnp.concatenate(List.of(i32(new int[] {1, 2}, 2), f32(new float[] {0.5f}, 1)), 0);
        assertEquals(DType.FLOAT32, cat.dtype());
        assertAllClose(new float[] {1, 2, 0.5f}, cat.toFloatArray());
        List<Array> parts = Jnp.split(range(6, 0, 6), new int[] {1, 4});
        assertEquals(3, parts.size());
        assertAllClose(new float[] {1, 2, 3}, parts.get(1).toFloatArray());
        assertAllClose(new float[] {3, 4, 5}, Jnp.split(range(6, 0, 6), 2).get(1).toFloatArray());
        assertAllClose(new float[] {1.5f, -2, 3, 1.5f, -2, 3}, new int[] {2, 3},
                Jnp.broadcastTo(f32(new float[] {1.5f, -2, 3}, 1, 3), 2, 3), 0, 0);
        assertArrayEquals(new int[] {2, 1, 3}, Jnp.expandDims(x(), 1).shape().dims());
        assertArrayEquals(new int[] {3}, Jnp.squeeze(f32(new float[] {1, 2, 3}, 1, 3, 1)).shape().dims());
    }

    @Test
    void selection() {
        assertAllClose(new float[] {1.5f, -20, 3, 4, 0.5f, -60}, new int[] {2, 3},
                Jnp.where(Jnp.greater(x(), 0), x(), Jnp.multiply(x(), 10)), 0, 0);
        assertAllClose(new float[] {1.5f, -1, 2, 2, 0.5f, -1}, new int[] {2, 3}, Jnp.clip(x(), -1, 2), 0, 0);
        assertAllClose(new float[] {1.5f, 0, 3, 4, 0.5f, 0}, new int[] {2, 3}, Jnp.where(Jnp.greater(x(), 0), x(), 0.0), 0, 0);
        assertTrue(Jnp.allclose(x(), Jnp.add(x(), 1e-7)).booleanValue());
        assertFalse(Jnp.allclose(x(), Jnp.add(x(), 1e-3)).booleanValue());
        assertTrue(Jnp.arrayEqual(x(), x()).booleanValue());
        assertFalse(Jnp.arrayEqual(x(), y()).booleanValue());
    }

    @Test
    void elementwise() {
        Array r = f32(new float[] {-7, -3, 3, 7}, 4);
        Array d = f32(new float[] {2, -2, 2, -2}, 4);
        assertAllClose(new float[] {1, -1, 1, -1}, Jnp.remainder(r, d).toFloatArray());
        assertAllClose(new float[] {-4, 1, 1, -4}, Jnp.floorDivide(r, d).toFloatArray());
        Array ri = i32(new int[] {-7, -3, 3, 7}, 4);
        Array di = i32(new int[] {2, -2, 2, -2}, 4);
        assertArrayEquals(new int[] {1, -1, 1, -1}, Jnp.remainder(ri, di).toIntArray());
        assertArrayEquals(new int[] {-4, 1, 1, -4}, Jnp.floorDivide(ri, di).toIntArray());
        assertAllClose(new float[] {0, 2, 2, -0f, 1}, Jnp.round(f32(new float[] {0.5f, 1.5f, 2.5f, -0.5f, 1.26f}, 5)).toFloatArray());
        assertAllClose(new float[] {1.26f, -3.14f}, Jnp.round(f32(new float[] {1.26f, -3.14159f}, 2), 2).toFloatArray(), 1e-6, 0);
        assertAllClose(new float[] {0.2689414f, 0.5f, 0.880797f}, Jnp.sigmoid(f32(new float[] {-1, 0, 2}, 3)).toFloatArray(), 1e-6, 0);
        assertAllClose(new float[] {1.5f, 2, 3, 4, 0.5f, 6}, Jnp.abs(x()).toFloatArray());
        assertAllClose(new float[] {0.25f, -2}, Jnp.reciprocal(f32(new float[] {4, -0.5f}, 2)).toFloatArray());
        assertArrayEquals(new boolean[] {true, false, false}, Jnp.isfinite(f32(new float[] {1, Float.POSITIVE_INFINITY, Float.NaN}, 3)).toBooleanArray());
        assertArrayEquals(new boolean[] {false, true, true, false},
                Jnp.logicalXor(i32(new int[] {0, 0, 3, 3}, 4), i32(new int[] {0, 5, 0, 5}, 4)).toBooleanArray());
    }
}
