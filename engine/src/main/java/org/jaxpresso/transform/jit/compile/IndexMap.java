package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;

/**
 * Where a fused group reads one of its sources: a chain of index transformations from the group's
 * iteration space to the source's flat offset. Broadcasts, transposes, slices and reversals are
 * {@link AxisMap}s (each source axis is {@code start + step * i} of at most one entry axis) and
 * compose into one; reshapes are {@link Regroup}s, free at either end of the chain (row-major
 * flat order is unchanged) and index arithmetic ({@code /} and {@code %}) in the middle.
 *
 * <p>{@code entry} is the shape in which the flat iteration index is read, {@code current} the
 * shape of the index space the chain ends in (the source's shape, possibly regrouped).
 */
record IndexMap(Shape entry, List<Step> steps, Shape current) {
    IndexMap {
        steps = List.copyOf(steps);
    }

    /** One link of the chain. */
    sealed interface Step permits AxisMap, Regroup {}

    /**
     * {@code out[b] = start[b] + step[b] * in[from[b]]}, or {@code start[b]} when {@code from[b] < 0}.
     * The arrays are read-only after construction.
     */
    record AxisMap(IntTuple from, IntTuple start, IntTuple step) implements Step {
        int rank() { return from.size(); }
    }

    /** A reshape: flatten in {@code from}'s row-major order, unflatten in {@code to}'s. */
    record Regroup(Shape from, Shape to) implements Step {}

    /** The identity over {@code shape}: element {@code i} reads flat offset {@code i}. */
    static IndexMap identity(Shape shape) { return new IndexMap(shape, List.of(), shape); }

    /** This map followed by an axis map into a source of shape {@code to}. */
    IndexMap then(AxisMap a, Shape to) {
        List<Step> s = new ArrayList<>(steps);
        if (!s.isEmpty() && s.getLast() instanceof AxisMap b) {
            int r = a.rank();
            int[] from = new int[r];
            int[] start = new int[r];
            int[] step = new int[r];
            for (int k = 0; k < r; k++) {
                int f = a.from().get(k);
                if (f < 0) {
                    from[k] = -1;
                    start[k] = a.start().get(k);
                } else {
                    from[k] = b.from().get(f);
                    start[k] = a.start().get(k) + a.step().get(k) * b.start().get(f);
                    step[k] = from[k] < 0 ? 0 : a.step().get(k) * b.step().get(f);
                }
            }
            s.set(s.size() - 1, new AxisMap(IntTuple.of(from), IntTuple.of(start), IntTuple.of(step)));
        } else {
            s.add(a);
        }
        return new IndexMap(entry, s, to);
    }

    /** This map followed by a reshape of the current space to {@code to}. */
    IndexMap thenReshape(Shape to) {
        if (steps.isEmpty()) return new IndexMap(to, steps, to);
        List<Step> s = new ArrayList<>(steps);
        if (s.getLast() instanceof Regroup g) s.set(s.size() - 1, new Regroup(g.from(), to));
        else s.add(new Regroup(current, to));
        return new IndexMap(entry, s, to);
    }

    /** The same offsets with a trailing reshape dropped: the source is read in its own flat order. */
    IndexMap normalized() {
        if (!steps.isEmpty() && steps.getLast() instanceof Regroup g) {
            return new IndexMap(entry, steps.subList(0, steps.size() - 1), g.from()).normalized();
        }
        return this;
    }

    boolean isContiguous() { return steps.isEmpty(); }

    /** Every element reads the same offset. */
    boolean isConstant() {
        if (current.size() <= 1) return true;
        if (steps.size() == 1 && steps.getFirst() instanceof AxisMap a) {
            for (int b = 0; b < a.rank(); b++) if (a.from().get(b) >= 0 && a.step().get(b) != 0 && entry.dim(a.from().get(b)) > 1) return false;
            return true;
        }
        return false;
    }

    /** One flat stride per entry axis and a base offset, when the chain is a single axis map; null otherwise. */
    int[] flatStrides() {
        int rank = entry.rank();
        if (steps.isEmpty()) return append(entry.strides(), 0);
        if (steps.size() != 1 || !(steps.getFirst() instanceof AxisMap a)) return null;
        int[] cs = current.strides();
        int[] s = new int[rank + 1];
        for (int b = 0; b < a.rank(); b++) {
            int f = a.from().get(b);
            s[rank] += a.start().get(b) * cs[b];
            if (f >= 0) s[f] += a.step().get(b) * cs[b];
        }
        return s;
    }

    private static int[] append(int[] a, int v) {
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    /** The source offsets of iteration elements {@code [from, from + len)}, written to {@code out[0..len)}. */
    void offsets(int from, int len, int[] out) {
        if (len == 0) return;
        if (isContiguous()) {
            for (int i = 0; i < len; i++) out[i] = from + i;
            return;
        }
        int[] dims = entry.dims();
        int rank = dims.length;
        int[] idx = unflatten(from, dims);
        int[] fs = flatStrides();
        if (fs != null) {
            int off = fs[rank];
            for (int a = 0; a < rank; a++) off += idx[a] * fs[a];
            for (int i = 0; i < len; i++) {
                out[i] = off;
                for (int a = rank - 1; a >= 0; a--) {
                    idx[a]++;
                    off += fs[a];
                    if (idx[a] < dims[a]) break;
                    off -= fs[a] * dims[a];
                    idx[a] = 0;
                }
            }
            return;
        }
        for (int i = 0; i < len; i++) out[i] = general(from + i, dims);
    }

    private int general(int flat, int[] dims) {
        int[] idx = unflatten(flat, dims);
        for (Step st : steps) {
            switch (st) {
                case AxisMap a -> {
                    int[] next = new int[a.rank()];
                    for (int b = 0; b < next.length; b++) {
                        int f = a.from().get(b);
                        next[b] = a.start().get(b) + (f < 0 ? 0 : a.step().get(b) * idx[f]);
                    }
                    idx = next;
                }
                case Regroup g -> idx = unflatten(flatten(idx, g.from()), g.to().dims());
            }
        }
        return flatten(idx, current);
    }

    private static int flatten(int[] idx, Shape s) {
        int[] st = s.strides();
        int off = 0;
        for (int a = 0; a < idx.length; a++) off += idx[a] * st[a];
        return off;
    }

    private static int[] unflatten(int flat, int[] dims) {
        int[] idx = new int[dims.length];
        for (int a = dims.length - 1; a >= 0; a--) {
            if (dims[a] == 0) return idx;
            idx[a] = flat % dims[a];
            flat /= dims[a];
        }
        return idx;
    }
}
