package org.jaxpresso.numpy;

import org.jaxpresso.AxisException;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;

/** numpy's axis arguments: negative axes count from the end; {@code null} means every axis. */
final class Axes {
    private Axes() {}

    /** Each axis resolved against {@code rank} (numpy's AxisError text when out of range), order kept. */
    static int[] normalize(int[] axes, int rank) {
        if (axes == null) return IntTuple.range(rank).toArray();
        int[] out = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            out[i] = Shape.normalizeAxis(axes[i], rank);
            for (int j = 0; j < i; j++) {
                if (out[j] == out[i]) throw new AxisException("duplicate value in 'axis': " + IntTuple.of(axes));
            }
        }
        return out;
    }

    static boolean contains(int[] axes, int a) {
        for (int x : axes) if (x == a) return true;
        return false;
    }
}
