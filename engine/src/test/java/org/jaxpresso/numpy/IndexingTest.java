package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jaxpresso.Array;
import org.jaxpresso.Index;
import org.jaxpresso.IndexException;
import org.jaxpresso.backend.Buffer;
import org.junit.jupiter.api.Test;

/** {@code x.get(…)} against values numpy 1.24 printed for the same index expressions. */
class IndexingTest {
    /** x = (np.arange(12, dtype=float32).reshape(3, 4) * 1.5 - 2). */
    private static Array x() {
        float[] v = new float[12];
        for (int i = 0; i < 12; i++) v[i] = i * 1.5f - 2;
        return ArrayCreation.fromBuffer(Buffer.wrap(v), 3, 4);
    }

    private static Array ints(int... v) { return ArrayCreation.fromBuffer(Buffer.wrap(v), v.length); }

    private static void check(float[] expected, int[] shape, Array actual) {
        assertArrayEquals(shape, actual.shape().dims(), "shape");
        assertArrayEquals(expected, actual.toFloatArray(), "values");
    }

    @Test
    void basicSliceFromString() {
        check(new float[] {-0.5f, 1.0f, 2.5f, 5.5f, 7.0f, 8.5f, 11.5f, 13.0f, 14.5f}, new int[] {3, 3}, x().get(":, 1:4"));
    }

    @Test
    void basicSliceFromIndexItems() {
        check(new float[] {-0.5f, 1.0f, 2.5f, 5.5f, 7.0f, 8.5f, 11.5f, 13.0f, 14.5f}, new int[] {3, 3}, x().get(Index.ALL, Index.slice(1, 4)));
    }

    @Test
    void intThenReverse() {
        check(new float[] {2.5f, 1.0f, -0.5f, -2.0f}, new int[] {4}, x().get(0, "::-1"));
    }

    @Test
    void negativeInt() {
        check(new float[] {10.0f, 11.5f, 13.0f, 14.5f}, new int[] {4}, x().get(-1));
    }

    @Test
    void scalarElement() {
        assertEquals(7.0f, x().get(1, 2).floatValue());
        assertEquals(0, x().get(1, 2).ndim());
    }

    @Test
    void stridedSlicesGoThroughGather() {
        check(new float[] {2.5f, -0.5f, 14.5f, 11.5f}, new int[] {2, 2}, x().get("::2, ::-2"));
    }

    @Test
    void newAxesAroundARow() {
        check(new float[] {4.0f, 5.5f, 7.0f, 8.5f}, new int[] {1, 4, 1}, x().get("None, 1, :, None"));
        check(new float[] {4.0f, 5.5f, 7.0f, 8.5f}, new int[] {1, 4, 1}, x().get(Index.NEW_AXIS, 1, Index.ALL, Index.NEW_AXIS));
    }

    @Test
    void ellipsis() {
        check(new float[] {1.0f, 7.0f, 13.0f}, new int[] {3}, x().get("..., 2"));
        check(new float[] {1.0f, 7.0f, 13.0f}, new int[] {3}, x().get(Index.ELLIPSIS, 2));
    }

    @Test
    void integerArrayWithNegativeEntry() {
        check(new float[] {10.0f, 11.5f, 13.0f, 14.5f, -2.0f, -0.5f, 1.0f, 2.5f, 10.0f, 11.5f, 13.0f, 14.5f}, new int[] {3, 4},
                x().get(ints(2, 0, -1)));
    }

    @Test
    void pairedIntegerArrays() {
        check(new float[] {11.5f, 2.5f}, new int[] {2}, x().get(ints(2, 0), ints(1, 3)));
        check(new float[] {11.5f, 2.5f}, new int[] {2}, x().get(new int[] {2, 0}, new int[] {1, 3}));
    }

    @Test
    void twoDimensionalIndexArrayAfterSlice() {
        Array idx = ArrayCreation.fromBuffer(Buffer.wrap(new int[] {0, 1, 3, 2}), 2, 2);
        check(new float[] {-2.0f, -0.5f, 2.5f, 1.0f, 4.0f, 5.5f, 8.5f, 7.0f, 10.0f, 11.5f, 14.5f, 13.0f}, new int[] {3, 2, 2},
                x().get(Index.ALL, idx));
    }

    @Test
    void fullSliceIsTheSameArray() {
        Array a = x();
        assertEquals(a, a.get(":"));
    }

    @Test
    void outOfBoundsStaticInt() {
        Array a = ArrayCreation.fromBuffer(Buffer.wrap(new float[5]), 5);
        IndexException e = assertThrows(IndexException.class, () -> a.get(5));
        assertEquals("index 5 is out of bounds for axis 0 with size 5", e.getMessage());
        IndexException neg = assertThrows(IndexException.class, () -> x().get(0, -5));
        assertEquals("index -5 is out of bounds for axis 1 with size 4", neg.getMessage());
    }

    @Test
    void tooManyIndices() {
        IndexException e = assertThrows(IndexException.class, () -> x().get(0, 1, 2));
        assertEquals("Too many indices: 2-dimensional array indexed with 3 regular indices.", e.getMessage());
        Array scalar = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {1}));
        IndexException one = assertThrows(IndexException.class, () -> scalar.get(0));
        assertEquals("Too many indices: 0-dimensional array indexed with 1 regular index.", one.getMessage());
    }

    @Test
    void floatIndexArrayIsRejected() {
        Array f = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {1}), 1);
        IndexException e = assertThrows(IndexException.class, () -> x().get(f));
        assertEquals(true, e.getMessage().startsWith("Indexer must have integer or boolean type, got indexer with type float32 at position 0"));
    }
}
