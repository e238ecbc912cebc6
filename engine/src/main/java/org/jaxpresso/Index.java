package org.jaxpresso;

import java.util.List;
import org.jaxpresso.numpy.IndexParser;

/**
 * The items of a numpy index expression that are not plain values: slices ({@code start:stop:step}),
 * {@code np.newaxis} and {@code ...}. Pass them, together with Java ints and integer arrays, to
 * {@link Array#get(Object...)} and {@link Array#at(Object...)}; a {@code String} item is parsed as
 * numpy's text form, so {@code x.get(":, 1:4")} is {@code x[:, 1:4]}.
 */
public sealed interface Index {
    /** {@code start:stop:step}; null bounds mean numpy's omitted ones. */
    record Slice(Integer start, Integer stop, Integer step) implements Index {
        public Slice {
            if (step != null && step == 0) throw new IndexException("slice step cannot be zero");
        }

        /** numpy's {@code slice.indices(size)}: {@code {start, stop, step}} clipped into the axis. */
        public int[] indices(int size) {
            int st = step == null ? 1 : step;
            int lo = st > 0 ? 0 : -1;
            int hi = st > 0 ? size : size - 1;
            int a = start == null ? (st > 0 ? lo : hi) : clip(start, size, lo, hi);
            int b = stop == null ? (st > 0 ? hi : lo) : clip(stop, size, lo, hi);
            return new int[] {a, b, st};
        }

        private static int clip(int v, int size, int lo, int hi) {
            if (v < 0) v += size;
            return Math.min(Math.max(v, lo), hi);
        }

        /** The number of elements this slice selects from an axis of {@code size}. */
        public int length(int size) {
            int[] r = indices(size);
            if (r[2] > 0) return r[1] > r[0] ? (r[1] - r[0] - 1) / r[2] + 1 : 0;
            return r[0] > r[1] ? (r[0] - r[1] - 1) / -r[2] + 1 : 0;
        }

        @Override
        public String toString() { return "slice(" + str(start) + ", " + str(stop) + ", " + str(step) + ")"; }

        private static String str(Integer v) { return v == null ? "None" : v.toString(); }
    }

    /** {@code None} ({@code np.newaxis}) and {@code ...}. */
    enum Marker implements Index { NEW_AXIS, ELLIPSIS }

    /** {@code :}, the whole axis. */
    Slice ALL = new Slice(null, null, null);

    /** {@code None}: inserts an axis of size 1. */
    Index NEW_AXIS = Marker.NEW_AXIS;

    /** {@code ...}: as many {@code :} as the other items leave axes. */
    Index ELLIPSIS = Marker.ELLIPSIS;

    /** {@code start:stop}; pass null for an omitted bound. */
    static Slice slice(Integer start, Integer stop) { return new Slice(start, stop, null); }

    /** {@code start:stop:step}; pass null for an omitted part. */
    static Slice slice(Integer start, Integer stop, Integer step) { return new Slice(start, stop, step); }

    /** Parses numpy's text form, {@code ":, 1:4"}, {@code "::-1"}, {@code "..., None"}, into items. */
    static List<Object> parse(String text) { return IndexParser.parse(text); }
}
