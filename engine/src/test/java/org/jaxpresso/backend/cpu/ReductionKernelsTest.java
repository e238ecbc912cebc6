package org.jaxpresso.backend.cpu;

import static org.jaxpresso.testkit.Samples.arangeF32;
import static org.jaxpresso.testkit.Samples.bool;
import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.junit.jupiter.api.Test;

/** Reductions, scans and dot_general through {@link Lax}; expected values generated once with numpy. */
class ReductionKernelsTest {
    private static final float NAN = Float.NaN;
    private static final float INF = Float.POSITIVE_INFINITY;
    private static final int[] NONE = {};

    /** [[3,1,4,1],[5,9,2,6],[5,3,5,8]] */
    private static Array sample() { return f32(new float[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8}, 3, 4); }

    private static void assertValues(float[] expected, int[] shape, Array actual) {
        assertArrayEquals(shape, actual.shape().dims(), "shape");
        assertArrayEquals(expected, actual.toFloatArray(), "values");
    }

    @Test
    void matmul() {
        // [[0,1,2],[3,4,5]] @ [[0,1,2],[3,4,5],[6,7,8],[9,10,11]].T
        Array r = Lax.dotGeneral(arangeF32(2, 3), arangeF32(4, 3), new int[] {1}, new int[] {1});
        assertValues(new float[] {5, 14, 23, 32, 14, 50, 86, 122}, new int[] {2, 4}, r);
    }

    @Test
    void batchedMatmul() {
        Array a = arangeF32(2, 3, 4);
        float[] bv = new float[24];
        for (int i = 0; i < 24; i++) bv[i] = (i - 5) * 0.5f;
        Array b = f32(bv, 2, 4, 3);
        Array r = Lax.dotGeneral(a, b, new int[] {2}, new int[] {1}, new int[] {0}, new int[] {0}, null);
        assertValues(new float[] {6, 9, 12, 2, 13, 24, -2, 17, 36, 318, 345, 372, 410, 445, 480, 502, 545, 588}, new int[] {2, 3, 3}, r);
    }

    @Test
    void twoContractingDimsInAnyOrder() {
        // np.tensordot(arange(24).reshape(2,3,4), arange(12).reshape(4,3), axes=([1,2],[1,0]))
        Array r = Lax.dotGeneral(arangeF32(2, 3, 4), arangeF32(4, 3), new int[] {1, 2}, new int[] {1, 0});
        assertValues(new float[] {440, 1232}, new int[] {2}, r);
    }

    @Test
    void outerProductAndEmptyContraction() {
        Array outer = Lax.dotGeneral(f32(new float[] {1, 2}, 2), f32(new float[] {3, 4, 5}, 3), NONE, NONE);
        assertValues(new float[] {3, 4, 5, 6, 8, 10}, new int[] {2, 3}, outer);
        // contracting over a size-0 dimension gives zeros
        Array z = Lax.dotGeneral(f32(new float[0], 2, 0), f32(new float[0], 0, 3), new int[] {1}, new int[] {0});
        assertValues(new float[6], new int[] {2, 3}, z);
    }

    @Test
    void mixedDtypesWithPreferredElementType() {
        Array r = Lax.dotGeneral(i32(new int[] {1, 2, 3}, 3), f32(new float[] {0.5f, 0.25f, 2}, 3), new int[] {0}, new int[] {0}, NONE, NONE,
                DType.FLOAT32);
        assertEquals(DType.FLOAT32, r.dtype());
        assertEquals(7f, r.floatValue());
    }

    @Test
    void integerDotWraps() {
        Array r = Lax.dotGeneral(i32(new int[] {65536, 3}, 2), i32(new int[] {65536, 4}, 2), new int[] {0}, new int[] {0});
        assertEquals(DType.INT32, r.dtype());
        assertEquals(12, r.intValue()); // 2^32 wraps to 0
    }

    @Test
    void reduceOverAxes() {
        Array x = sample();
        assertValues(new float[] {13, 13, 11, 15}, new int[] {4}, Lax.reduceSum(x, 0));
        assertValues(new float[] {9, 22, 21}, new int[] {3}, Lax.reduceSum(x, 1));
        assertValues(new float[] {52}, new int[0], Lax.reduceSum(x, 0, 1));
        assertValues(new float[] {12, 540, 600}, new int[] {3}, Lax.reduceProd(x, 1));
        assertValues(new float[] {5, 9, 5, 8}, new int[] {4}, Lax.reduceMax(x, 0));
        assertValues(new float[] {1, 2, 3}, new int[] {3}, Lax.reduceMin(x, 1));
        assertValues(x.toFloatArray(), new int[] {3, 4}, Lax.reduceSum(x));
        // middle axis of a 3-d array: sum over j of arange(24).reshape(2,3,4)
        assertValues(new float[] {12, 15, 18, 21, 48, 51, 54, 57}, new int[] {2, 4}, Lax.reduceSum(arangeF32(2, 3, 4), 1));
    }

    @Test
    void reduceMaxAndMinPropagateNaN() {
        Array x = f32(new float[] {1, NAN, 3, -1, 2, 0}, 2, 3);
        assertValues(new float[] {NAN, 2}, new int[] {2}, Lax.reduceMax(x, 1));
        assertValues(new float[] {NAN, -1}, new int[] {2}, Lax.reduceMin(x, 1));
    }

    @Test
    void emptyReductionsGiveIdentities() {
        Array e = f32(new float[0], 2, 0);
        assertValues(new float[] {0, 0}, new int[] {2}, Lax.reduceSum(e, 1));
        assertValues(new float[] {1, 1}, new int[] {2}, Lax.reduceProd(e, 1));
        assertValues(new float[] {-INF, -INF}, new int[] {2}, Lax.reduceMax(e, 1));
        assertValues(new float[] {INF, INF}, new int[] {2}, Lax.reduceMin(e, 1));
        assertValues(new float[0], new int[] {0}, Lax.reduceSum(e, 0));
        Array ei = i32(new int[0], 0);
        assertEquals(Integer.MIN_VALUE, Lax.reduceMax(ei, 0).intValue());
        assertEquals(Integer.MAX_VALUE, Lax.reduceMin(ei, 0).intValue());
        Array eb = bool(new boolean[0], 0);
        assertEquals(true, Lax.reduceAnd(eb, 0).booleanValue());
        assertEquals(false, Lax.reduceOr(eb, 0).booleanValue());
        assertEquals(false, Lax.reduceMax(eb, 0).booleanValue());
        assertEquals(true, Lax.reduceMin(eb, 0).booleanValue());
        assertEquals(-1, Lax.reduceAnd(ei, 0).intValue());
    }

    @Test
    void integerAndBoolReductions() {
        Array x = i32(new int[] {Integer.MAX_VALUE, 1, 6, 3}, 2, 2);
        assertArrayEquals(new int[] {Integer.MIN_VALUE + 5, 4}, Lax.reduceSum(x, 0).toIntArray()); // wraps
        assertArrayEquals(new int[] {Integer.MAX_VALUE, 18}, Lax.reduceProd(x, 1).toIntArray());
        assertArrayEquals(new int[] {1 & Integer.MAX_VALUE, 6 & 3}, Lax.reduceAnd(x, 1).toIntArray());
        assertArrayEquals(new int[] {Integer.MAX_VALUE, 7}, Lax.reduceOr(x, 1).toIntArray());
        Array b = bool(new boolean[] {true, false, true, true}, 2, 2);
        assertArrayEquals(new boolean[] {false, true}, Lax.reduceAnd(b, 1).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true}, Lax.reduceOr(b, 1).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false}, Lax.reduceAnd(b, 0).toBooleanArray());
    }

    @Test
    void argmaxArgminFirstOccurrenceAndNaN() {
        Array x = sample();
        Array am = Lax.argmax(x, 1, DType.INT32);
        assertEquals(DType.INT32, am.dtype());
        assertArrayEquals(new int[] {2, 1, 3}, am.toIntArray());
        assertArrayEquals(new int[] {0, 0, 1, 0}, Lax.argmin(x, 0, DType.INT32).toIntArray());
        // ties: first occurrence; NaN counts as the extreme for both
        Array t = f32(new float[] {1, 7, 7, NAN, 2, NAN, 0, 0}, 2, 4);
        assertArrayEquals(new int[] {3, 1}, Lax.argmax(t, 1, DType.INT32).toIntArray());
        assertArrayEquals(new int[] {3, 1}, Lax.argmin(t, 1, DType.INT32).toIntArray());
        assertArrayEquals(new int[] {1, 0}, Lax.argmax(bool(new boolean[] {false, true, true, false}, 2, 2), 1, DType.INT32).toIntArray());
        assertArrayEquals(new int[] {2}, Lax.argmin(i32(new int[] {5, 3, Integer.MIN_VALUE}, 3), 0, DType.INT32).toIntArray());
    }

    @Test
    void cumulativeScans() {
        Array x = sample();
        assertValues(new float[] {3, 4, 8, 9, 5, 14, 16, 22, 5, 8, 13, 21}, new int[] {3, 4}, Lax.cumsum(x, 1, false));
        assertValues(new float[] {13, 13, 11, 15, 10, 12, 7, 14, 5, 3, 5, 8}, new int[] {3, 4}, Lax.cumsum(x, 0, true));
        assertValues(new float[] {3, 3, 12, 12, 5, 45, 90, 540, 5, 15, 75, 600}, new int[] {3, 4}, Lax.cumprod(x, 1, false));
        assertValues(new float[] {3, 3, 4, 4, 5, 9, 9, 9, 5, 5, 5, 8}, new int[] {3, 4}, Lax.cummax(x, 1, false));
        assertValues(new float[] {1, 1, 1, 1, 2, 2, 2, 6, 3, 3, 5, 8}, new int[] {3, 4}, Lax.cummin(x, 1, true));
        assertValues(new float[] {1, NAN, NAN}, new int[] {3}, Lax.cummax(f32(new float[] {1, NAN, 5}, 3), 0, false));
        assertArrayEquals(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}, Lax.cumsum(i32(new int[] {Integer.MAX_VALUE, 1}, 2), 0, false).toIntArray());
        assertArrayEquals(new boolean[] {false, true, true}, Lax.cummax(bool(new boolean[] {false, true, false}, 3), 0, false).toBooleanArray());
        assertValues(new float[0], new int[] {2, 0}, Lax.cumsum(f32(new float[0], 2, 0), 1, false));
    }
}
