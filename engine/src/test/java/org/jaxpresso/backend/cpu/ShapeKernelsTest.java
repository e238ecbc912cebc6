package org.jaxpresso.backend.cpu;

import static org.jaxpresso.testkit.Samples.arangeF32;
import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.junit.jupiter.api.Test;

/** Data-movement primitives through {@link Lax}, against hand-derived values. */
class ShapeKernelsTest {
    private static void assertValues(float[] expected, int[] shape, Array actual) {
        assertArrayEquals(shape, actual.shape().dims(), "shape");
        assertArrayEquals(expected, actual.toFloatArray(), "values");
    }

    @Test
    void broadcastInDimStretchesSizeOneAndAddsAxes() {
        // x = [[1], [2]] (2,1) -> (3, 2, 4) with dims (1, 2)
        Array x = f32(new float[] {1, 2}, 2, 1);
        Array r = Lax.broadcastInDim(x, new int[] {3, 2, 4}, new int[] {1, 2});
        float[] expected = new float[24];
        for (int a = 0; a < 3; a++) for (int b = 0; b < 2; b++) for (int c = 0; c < 4; c++) expected[a * 8 + b * 4 + c] = b + 1;
        assertValues(expected, new int[] {3, 2, 4}, r);
    }

    @Test
    void broadcastScalar() {
        assertValues(new float[] {7, 7, 7}, new int[] {3}, Lax.broadcastInDim(f32(7), new int[] {3}, new int[0]));
    }

    @Test
    void broadcastToEmpty() {
        assertValues(new float[0], new int[] {0, 3}, Lax.broadcastInDim(f32(new float[] {1, 2, 3}, 3), new int[] {0, 3}, new int[] {1}));
    }

    @Test
    void reshapeAndSqueezeKeepRowMajorOrder() {
        Array x = arangeF32(2, 3);
        assertValues(new float[] {0, 1, 2, 3, 4, 5}, new int[] {3, 1, 2}, Lax.reshape(x, 3, 1, 2));
        assertValues(new float[] {0, 1, 2, 3, 4, 5}, new int[] {3, 2}, Lax.squeeze(Lax.reshape(x, 3, 1, 2), 1));
        assertValues(new float[] {5}, new int[0], Lax.reshape(f32(new float[] {5}, 1, 1), new int[0]));
    }

    @Test
    void transpose() {
        // numpy: np.arange(24).reshape(2,3,4).transpose(2,0,1)[1] == [[1,5,9],[13,17,21]]
        Array r = Lax.transpose(arangeF32(2, 3, 4), 2, 0, 1);
        assertArrayEquals(new int[] {4, 2, 3}, r.shape().dims());
        float[] v = r.toFloatArray();
        assertArrayEquals(new float[] {1, 5, 9, 13, 17, 21}, java.util.Arrays.copyOfRange(v, 6, 12));
        assertValues(new float[] {0, 3, 1, 4, 2, 5}, new int[] {3, 2}, Lax.transpose(arangeF32(2, 3), 1, 0));
    }

    @Test
    void rev() {
        assertValues(new float[] {2, 1, 0, 5, 4, 3}, new int[] {2, 3}, Lax.rev(arangeF32(2, 3), 1));
        assertValues(new float[] {5, 4, 3, 2, 1, 0}, new int[] {2, 3}, Lax.rev(arangeF32(2, 3), 0, 1));
        assertValues(new float[0], new int[] {0, 2}, Lax.rev(f32(new float[0], 0, 2), 0));
    }

    @Test
    void sliceWithAndWithoutStrides() {
        // np.arange(20).reshape(4,5)[1:4:2, 0:5:3] == [[5, 8], [15, 18]]
        Array x = arangeF32(4, 5);
        assertValues(new float[] {5, 8, 15, 18}, new int[] {2, 2}, Lax.slice(x, new int[] {1, 0}, new int[] {4, 5}, new int[] {2, 3}));
        assertValues(new float[] {6, 7, 11, 12}, new int[] {2, 2}, Lax.slice(x, new int[] {1, 1}, new int[] {3, 3}));
        assertValues(new float[0], new int[] {0, 5}, Lax.slice(x, new int[] {2, 0}, new int[] {2, 5}));
    }

    @Test
    void dynamicSliceClampsStartIndices() {
        Array x = arangeF32(4, 5);
        // start (1, 2), size (2, 2) -> [[7, 8], [12, 13]]
        assertValues(new float[] {7, 8, 12, 13}, new int[] {2, 2}, Lax.dynamicSlice(x, new Array[] {i32(1), i32(2)}, new int[] {2, 2}));
        // start (3, -4) clamps to (2, 0) -> [[10, 11], [15, 16]]
        assertValues(new float[] {10, 11, 15, 16}, new int[] {2, 2}, Lax.dynamicSlice(x, new Array[] {i32(3), i32(-4)}, new int[] {2, 2}));
    }

    @Test
    void dynamicUpdateSliceClampsStartIndices() {
        Array x = f32(new float[6], 2, 3);
        Array u = f32(new float[] {1, 2}, 1, 2);
        assertValues(new float[] {0, 0, 0, 0, 1, 2}, new int[] {2, 3}, Lax.dynamicUpdateSlice(x, u, i32(1), i32(1)));
        // (5, 9) clamps to (1, 1); (-1, 0) to (0, 0)
        assertValues(new float[] {0, 0, 0, 0, 1, 2}, new int[] {2, 3}, Lax.dynamicUpdateSlice(x, u, i32(5), i32(9)));
        assertValues(new float[] {1, 2, 0, 0, 0, 0}, new int[] {2, 3}, Lax.dynamicUpdateSlice(x, u, i32(-1), i32(0)));
        // the operand is not modified
        assertArrayEquals(new float[6], x.toFloatArray());
    }

    @Test
    void concatenateAlongEachAxis() {
        Array a = arangeF32(2, 2);
        Array b = f32(new float[] {9, 8}, 2, 1);
        assertValues(new float[] {0, 1, 9, 2, 3, 8}, new int[] {2, 3}, Lax.concatenate(List.of(a, b), 1));
        Array c = f32(new float[] {7, 6}, 1, 2);
        assertValues(new float[] {0, 1, 2, 3, 7, 6}, new int[] {3, 2}, Lax.concatenate(List.of(a, c), 0));
        Array empty = f32(new float[0], 0, 2);
        assertValues(new float[] {7, 6, 0, 1, 2, 3}, new int[] {3, 2}, Lax.concatenate(List.of(c, empty, a), 0));
    }

    @Test
    void padLowHighInteriorAndNegative() {
        Array x = f32(new float[] {1, 2, 3}, 3);
        // lax.pad([1,2,3], 0, [(2, 1, 1)]) -> [0,0,1,0,2,0,3,0]
        assertValues(new float[] {0, 0, 1, 0, 2, 0, 3, 0}, new int[] {8}, Lax.pad(x, f32(0), new int[][] {{2, 1, 1}}));
        // lax.pad([1,2,3], -1, [(-1, -1, 1)]) -> [-1, 2, -1]
        assertValues(new float[] {-1, 2, -1}, new int[] {3}, Lax.pad(x, f32(-1), new int[][] {{-1, -1, 1}}));
        // 2-d: [[1,2],[3,4]] with ((1,0,0),(0,1,0)) and 9 -> [[9,9,9],[1,2,9],[3,4,9]]
        Array m = f32(new float[] {1, 2, 3, 4}, 2, 2);
        assertValues(new float[] {9, 9, 9, 1, 2, 9, 3, 4, 9}, new int[] {3, 3}, Lax.pad(m, f32(9), new int[][] {{1, 0, 0}, {0, 1, 0}}));
        // empty operand: only padding
        assertValues(new float[] {5, 5}, new int[] {2}, Lax.pad(f32(new float[0], 0), f32(5), new int[][] {{1, 1, 3}}));
    }

    @Test
    void iota() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, Lax.iota(DType.INT32, 4).toIntArray());
        Array r = Lax.broadcastedIota(DType.FLOAT32, new int[] {2, 3}, 0);
        assertValues(new float[] {0, 0, 0, 1, 1, 1}, new int[] {2, 3}, r);
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, Lax.broadcastedIota(DType.INT32, new int[] {2, 3}, 1).toIntArray());
    }
}
