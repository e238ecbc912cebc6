package org.jaxpresso.core;

import java.util.Arrays;
import java.util.List;
import org.jaxpresso.AxisException;

/** An array shape: immutable dims compared by value. Prints as a Python tuple, {@code (2, 3)}. */
public final class Shape {
    public static final Shape SCALAR = new Shape(new int[0]);

    private final int[] dims;

    private Shape(int[] dims) { this.dims = dims; }

    public static Shape of(int... dims) {
        for (int d : dims) {
            if (d < 0) {
                throw new org.jaxpresso.ShapeException(
                        "Shapes must be 1D sequences of concrete values of integer type, got " + PyFormat.tuple(Arrays.stream(dims).boxed().toList()) + ".");
            }
        }
        return dims.length == 0 ? SCALAR : new Shape(dims.clone());
    }

    public static Shape of(IntTuple dims) { return of(dims.toArray()); }

    public static Shape of(List<Integer> dims) { return of(dims.stream().mapToInt(Integer::intValue).toArray()); }

    public int rank() { return dims.length; }

    public int dim(int axis) { return dims[axis]; }

    public int[] dims() { return dims.clone(); }

    public IntTuple toTuple() { return IntTuple.of(dims); }

    public List<Integer> toList() { return Arrays.stream(dims).boxed().toList(); }

    /** The element count (1 for a scalar). */
    public int size() {
        long n = 1;
        for (int d : dims) n *= d;
        if (n > Integer.MAX_VALUE) {
            throw new org.jaxpresso.ShapeException("Array of shape " + this + " has " + n + " elements; at most " + Integer.MAX_VALUE + " are supported.");
        }
        return (int) n;
    }

    /** Row-major strides in elements. */
    public int[] strides() {
        int[] s = new int[dims.length];
        int acc = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= dims[i];
        }
        return s;
    }

    /** Resolves a possibly negative axis against this rank, or throws numpy's AxisError text. */
    public int axis(int axis) { return normalizeAxis(axis, dims.length); }

    public static int normalizeAxis(int axis, int rank) {
        if (axis < -rank || axis >= rank) throw AxisException.outOfBounds(axis, rank);
        return axis < 0 ? axis + rank : axis;
    }

    public Shape with(int axis, int size) {
        int[] d = dims.clone();
        d[axis] = size;
        return new Shape(d);
    }

    public Shape insert(int axis, int size) {
        int[] d = new int[dims.length + 1];
        for (int i = 0, j = 0; i < d.length; i++) d[i] = i == axis ? size : dims[j++];
        return new Shape(d);
    }

    public Shape remove(int axis) {
        int[] d = new int[dims.length - 1];
        for (int i = 0, j = 0; i < dims.length; i++) if (i != axis) d[j++] = dims[i];
        return of(d);
    }

    @Override
    public boolean equals(Object o) { return o instanceof Shape s && Arrays.equals(dims, s.dims); }

    @Override
    public int hashCode() { return Arrays.hashCode(dims); }

    /** Python's tuple text, as JAX error messages print shapes: {@code (3,)}, {@code (2, 5)}. */
    @Override
    public String toString() { return PyFormat.tuple(toList()); }

    /** The jaxpr form without the dtype: {@code 2,5}. */
    public String commaJoined() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(dims[i]);
        }
        return sb.toString();
    }
}
