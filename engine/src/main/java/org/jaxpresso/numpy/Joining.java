package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;

/**
 * {@code jnp.concatenate}, {@code stack} and {@code split}. Concatenation promotes dtypes
 * first and, as JAX does, joins at most 16 operands per {@code concatenate} equation; stacking
 * is {@code expand_dims} ({@code broadcast_in_dim}) of each operand, then a concatenation.
 */
public final class Joining {
    private Joining() {}

    private static final int GROUP = 16;

    public static Array concatenate(List<?> arrays, int axis) {
        if (arrays.isEmpty()) throw new ShapeException("Need at least one array to concatenate.");
        List<Array> xs = Promotion.asArrays(arrays.toArray());
        if (xs.getFirst().ndim() == 0) throw new ShapeException("Zero-dimensional arrays cannot be concatenated.");
        int d = Shape.normalizeAxis(axis, xs.getFirst().ndim());
        List<Array> out = Promotion.promoteDtypes(xs);
        while (out.size() > 1) {
            List<Array> next = new ArrayList<>();
            for (int i = 0; i < out.size(); i += GROUP) next.add(Lax.concatenate(out.subList(i, Math.min(out.size(), i + GROUP)), d));
            out = next;
        }
        return out.getFirst();
    }

    public static Array stack(List<?> arrays, int axis) {
        if (arrays.isEmpty()) throw new ShapeException("Need at least one array to stack.");
        List<Array> xs = Promotion.asArrays(arrays.toArray());
        Shape first = xs.getFirst().shape();
        int d = Shape.normalizeAxis(axis, first.rank() + 1);
        List<Array> expanded = new ArrayList<>();
        for (Array x : xs) {
            if (!x.shape().equals(first)) throw new ShapeException("All input arrays must have the same shape.");
            expanded.add(ShapeOps.expandDims(x, d));
        }
        return concatenate(expanded, d);
    }

    /** {@code jnp.split(x, n, axis)}: {@code n} equal pieces, each a static {@code slice}. */
    public static List<Array> split(Object x, int sections, int axis) {
        Array a = Promotion.asArray(x);
        int d = Shape.normalizeAxis(axis, a.ndim());
        int size = a.shape(d);
        if (sections <= 0) throw new ShapeException("number sections must be larger than 0.");
        if (size % sections != 0) throw new ShapeException("array split does not result in an equal division: rest is " + size % sections);
        int[] bounds = new int[sections - 1];
        for (int i = 0; i < bounds.length; i++) bounds[i] = (i + 1) * (size / sections);
        return pieces(a, d, bounds);
    }

    /** {@code jnp.split(x, [i, j, …], axis)}: pieces {@code [0, i)}, {@code [i, j)}, …, {@code [last, size)}. */
    public static List<Array> split(Object x, int[] indices, int axis) {
        Array a = Promotion.asArray(x);
        return pieces(a, Shape.normalizeAxis(axis, a.ndim()), indices);
    }

    /** One {@code split} equation, as {@code jnp.split} emits since JAX 0.4.36. */
    private static List<Array> pieces(Array a, int d, int[] bounds) {
        int size = a.shape(d);
        int[] sizes = new int[bounds.length + 1];
        int start = 0;
        for (int k = 0; k <= bounds.length; k++) {
            int stop = k < bounds.length ? Math.min(Math.max(bounds[k], 0), size) : size;
            if (stop < start) {
                throw new ShapeException("split indices must be non-decreasing, got " + IntTuple.of(bounds));
            }
            sizes[k] = stop - start;
            start = stop;
        }
        return Lax.split(a, sizes, d);
    }
}
