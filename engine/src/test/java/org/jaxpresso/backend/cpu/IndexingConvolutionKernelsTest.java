package org.jaxpresso.backend.cpu;

import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ConvDimensionNumbers;
import org.jaxpresso.core.GatherDimensionNumbers;
import org.jaxpresso.core.GatherScatterMode;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Scatter;
import org.jaxpresso.core.ScatterDimensionNumbers;
import org.junit.jupiter.api.Test;

/** gather/scatter modes and conv_general_dilated through {@link Lax}, against numpy-computed loops. */
class IndexingConvolutionKernelsTest {
    private static final GatherDimensionNumbers ROWS = new GatherDimensionNumbers(IntTuple.of(1), IntTuple.of(0), IntTuple.of(0));
    private static final ConvDimensionNumbers NCH = new ConvDimensionNumbers(IntTuple.of(0, 1, 2), IntTuple.of(0, 1, 2), IntTuple.of(0, 1, 2));

    private static Array x() { return f32(new float[] {0, 1, 10, 11, 20, 21}, 3, 2); }

    @Test
    void gatherModes() {
        Array idx = i32(new int[] {2, -1, 5}, 3, 1);
        assertArrayEquals(new float[] {20, 21, 0, 1, 20, 21},
                Lax.gather(x(), idx, ROWS, new int[] {1, 2}, GatherScatterMode.CLIP).toFloatArray());
        assertArrayEquals(new float[] {20, 21, 0, 1, 20, 21},
                Lax.gather(x(), idx, ROWS, new int[] {1, 2}, GatherScatterMode.PROMISE_IN_BOUNDS).toFloatArray());
        float[] filled = Lax.gather(x(), idx, ROWS, new int[] {1, 2}, GatherScatterMode.FILL_OR_DROP).toFloatArray();
        assertArrayEquals(new float[] {20, 21}, java.util.Arrays.copyOf(filled, 2));
        for (int i = 2; i < 6; i++) assertArrayEquals(new float[] {Float.NaN}, new float[] {filled[i]});
        int[] intFill = Lax.gather(i32(new int[] {1, 2}, 2, 1), i32(new int[] {3}, 1, 1), ROWS, new int[] {1, 1},
                GatherScatterMode.FILL_OR_DROP).toIntArray();
        assertArrayEquals(new int[] {Integer.MIN_VALUE}, intFill);
    }

    @Test
    void scatterModes() {
        ScatterDimensionNumbers dn = new ScatterDimensionNumbers(IntTuple.of(1), IntTuple.of(0), IntTuple.of(0));
        Array idx = i32(new int[] {1, 7}, 2, 1);
        Array upd = f32(new float[] {5, 6, 7, 8}, 2, 2);
        assertArrayEquals(new float[] {0, 1, 15, 17, 20, 21},
                Lax.scatter(Scatter.Op.ADD, x(), idx, upd, dn, GatherScatterMode.FILL_OR_DROP).toFloatArray());
        assertArrayEquals(new float[] {0, 1, 5, 6, 7, 8},
                Lax.scatter(Scatter.Op.SET, x(), idx, upd, dn, GatherScatterMode.CLIP).toFloatArray());
        // min of row 1 (10, 11) with (5, 6), and of row 2 (20, 21) with (7, 8): index 7 is clipped to row 2
        assertArrayEquals(new float[] {0, 1, 5, 6, 7, 8},
                Lax.scatter(Scatter.Op.MIN, x(), idx, upd, dn, GatherScatterMode.CLIP).toFloatArray());
        assertArrayEquals(new float[] {0, 1, 10, 11, 20, 21},
                Lax.scatter(Scatter.Op.MAX, x(), idx, upd, dn, GatherScatterMode.CLIP).toFloatArray());
    }

    @Test
    void conv2dWithStridePaddingAndRhsDilation() {
        int[] l = new int[32];
        for (int i = 0; i < 32; i++) l[i] = i % 7 - 3;
        int[] r = new int[24];
        for (int i = 0; i < 24; i++) r[i] = i % 5 - 2;
        ConvDimensionNumbers nchw = new ConvDimensionNumbers(IntTuple.of(0, 1, 2, 3), IntTuple.of(0, 1, 2, 3), IntTuple.of(0, 1, 2, 3));
        Array out = Lax.convGeneralDilated(i32(l, 1, 2, 4, 4), i32(r, 3, 2, 2, 2), new int[] {2, 1}, new int[][] {{1, 0}, {0, 1}},
                new int[] {1, 1}, new int[] {1, 2}, nchw, 1, 1, null);
        assertArrayEquals(new int[] {1, 3, 2, 3}, out.shape().dims());
        assertArrayEquals(new int[] {0, 0, -1, 5, -5, -12, 3, 0, 4, 5, -8, 7, -4, 0, -1, -5, 9, 1}, out.toIntArray());
    }

    @Test
    void convFeatureGroupsAndLhsDilation() {
        int[] l = new int[20];
        for (int i = 0; i < 20; i++) l[i] = i - 7;
        int[] r = new int[12];
        for (int i = 0; i < 12; i++) r[i] = i % 4 - 1;
        Array grouped = Lax.convGeneralDilated(i32(l, 1, 4, 5), i32(r, 2, 2, 3), new int[] {1}, new int[][] {{0, 0}}, new int[] {1},
                new int[] {1}, NCH, 2, 1, null);
        assertArrayEquals(new int[] {-1, 0, 1, 35, 40, 45}, grouped.toIntArray());
        Array dilated = Lax.convGeneralDilated(i32(new int[] {1, 2, 3}, 1, 1, 3), i32(new int[] {1, 10}, 1, 1, 2), new int[] {1},
                new int[][] {{0, 0}}, new int[] {2}, new int[] {1}, NCH, 1, 1, null);
        assertArrayEquals(new int[] {1, 20, 2, 30}, dilated.toIntArray());
    }
}
