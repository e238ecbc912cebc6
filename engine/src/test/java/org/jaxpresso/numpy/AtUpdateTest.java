package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.junit.jupiter.api.Test;

/** {@code x.at(…)} updates against numpy's in-place equivalents (numpy 1.24). */
class AtUpdateTest {
    private static Array x() {
        float[] v = new float[12];
        for (int i = 0; i < 12; i++) v[i] = i * 1.5f - 2;
        return ArrayCreation.fromBuffer(Buffer.wrap(v), 3, 4);
    }

    private static Array arange5() { return ArrayCreation.fromBuffer(Buffer.wrap(new float[] {0, 1, 2, 3, 4}), 5); }

    @Test
    void setOneElement() {
        Array a = arange5();
        assertArrayEquals(new float[] {0, 1, 7, 3, 4}, a.at(2).set(7f).toFloatArray());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4}, a.toFloatArray(), "the original is unchanged");
    }

    @Test
    void addAccumulatesRepeatedIndices() {
        Array idx = ArrayCreation.fromBuffer(Buffer.wrap(new int[] {1, 1, 3}), 3);
        Array upd = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {10, 20, 30}), 3);
        assertArrayEquals(new float[] {0, 31, 2, 33, 4}, arange5().at(idx).add(upd).toFloatArray());
    }

    @Test
    void setAColumn() {
        Array col = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {9, 8, 7}), 3);
        assertArrayEquals(new float[] {-2.0f, 9.0f, 1.0f, 2.5f, 4.0f, 8.0f, 7.0f, 8.5f, 10.0f, 7.0f, 13.0f, 14.5f},
                x().at(":, 1").set(col).toFloatArray());
    }

    @Test
    void mulOnAStridedSlice() {
        assertArrayEquals(new float[] {-2.0f, -0.5f, 1.0f, 2.5f, 8.0f, 5.5f, 14.0f, 8.5f, 10.0f, 11.5f, 13.0f, 14.5f},
                x().at(1, "::2").mul(2).toFloatArray());
    }

    @Test
    void minAndMaxWithScalars() {
        assertArrayEquals(new float[] {-2.0f, -0.5f, 0.0f, 0.0f, 4.0f, 5.5f, 7.0f, 8.5f, 10.0f, 11.5f, 13.0f, 14.5f},
                x().at(0).min(0).toFloatArray());
        assertArrayEquals(new float[] {-2.0f, -0.5f, 1.0f, 2.5f, 4.0f, 5.5f, 7.0f, 8.5f, 12.0f, 12.0f, 13.0f, 14.5f},
                x().at(-1).max(12).toFloatArray());
    }

    @Test
    void outOfBoundsArrayIndexIsDropped() {
        Array idx = ArrayCreation.fromBuffer(Buffer.wrap(new int[] {7, 0}), 2);
        assertArrayEquals(new float[] {5, 1, 2, 3, 4}, arange5().at(idx).set(5f).toFloatArray());
    }

    @Test
    void intArrayKeepsItsDtype() {
        Array a = ArrayCreation.fromBuffer(Buffer.wrap(new int[] {1, 2, 3}), 3);
        Array r = a.at(0).set(2.7);
        assertEquals(DType.INT32, r.dtype());
        assertArrayEquals(new int[] {2, 2, 3}, r.toIntArray());
    }
}
