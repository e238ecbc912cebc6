package org.jaxpresso.core;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable tuple of ints with value equality; prints as a Python tuple ({@code (0,)},
 * {@code ()}, {@code (2, 3)}), which is how jaxpr params show axes, permutations and indices.
 */
public final class IntTuple {
    public static final IntTuple EMPTY = new IntTuple(new int[0]);

    private final int[] values;

    private IntTuple(int[] values) { this.values = values; }

    public static IntTuple of(int... values) { return values.length == 0 ? EMPTY : new IntTuple(values.clone()); }

    public static IntTuple of(List<Integer> values) {
        return of(values.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code 0, 1, …, n-1}. */
    public static IntTuple range(int n) { return range(0, n); }

    public static IntTuple range(int from, int to) {
        int[] v = new int[Math.max(0, to - from)];
        for (int i = 0; i < v.length; i++) v[i] = from + i;
        return of(v);
    }

    public int size() { return values.length; }

    public boolean isEmpty() { return values.length == 0; }

    public int get(int i) { return values[i]; }

    public boolean contains(int v) {
        for (int x : values) if (x == v) return true;
        return false;
    }

    public int indexOf(int v) {
        for (int i = 0; i < values.length; i++) if (values[i] == v) return i;
        return -1;
    }

    public int[] toArray() { return values.clone(); }

    public List<Integer> toList() { return Arrays.stream(values).boxed().toList(); }

    @Override
    public boolean equals(Object o) { return o instanceof IntTuple t && Arrays.equals(values, t.values); }

    @Override
    public int hashCode() { return Arrays.hashCode(values); }

    /** Python's {@code str} of a tuple of ints. */
    @Override
    public String toString() { return PyFormat.tuple(toList()); }
}
