package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Index;
import org.jaxpresso.IndexException;
import org.jaxpresso.backend.Buffer;

/**
 * The user's index items made uniform: Strings parsed, Java ints as {@link Integer}, Java
 * {@code int[]} and integer {@link Array}s as arrays, {@code null} as {@link Index#NEW_AXIS};
 * then checked against the array's rank and bounds with numpy's and JAX's messages.
 */
final class IndexItems {
    private IndexItems() {}

    /** Items in order; each is an {@link Integer}, an {@link Index} or an integer {@link Array}. */
    static List<Object> normalize(Object[] items) {
        List<Object> out = new ArrayList<>();
        if (items == null) {
            out.add(Index.NEW_AXIS);
            return out;
        }
        for (Object item : items) {
            switch (item) {
                case null -> out.add(Index.NEW_AXIS);
                case String s -> out.addAll(IndexParser.parse(s));
                case Integer i -> out.add(i);
                case Long l -> out.add(Math.toIntExact(l));
                case Short s -> out.add((int) s);
                case Byte b -> out.add((int) b);
                case Index ix -> out.add(ix);
                case int[] a -> out.add(ArrayCreation.fromBuffer(Buffer.wrap(a.clone()), a.length));
                case Array a -> out.add(checkArray(a, out.size()));
                case Boolean b -> throw new IndexException("Boolean scalar indices are not supported yet; got " + b + ".");
                default -> throw new IndexException("Indexer must be an int, a slice (Index.slice), Index.NEW_AXIS, Index.ELLIPSIS, "
                        + "a String such as \":, 1:4\", or an integer Array; got " + item.getClass().getName() + ".");
            }
        }
        return out;
    }

    private static Array checkArray(Array a, int position) {
        if (a.dtype().isFloating()) {
            throw new IndexException("Indexer must have integer or boolean type, got indexer with type " + a.dtype() + " at position "
                    + position + ", indexer value " + a);
        }
        if (a.dtype().isBool()) throw new IndexException("Boolean array indexing is not supported yet; use Jnp.where or integer indices.");
        return a;
    }

    /**
     * Removes the ellipsis and appends trailing {@code :}s, as JAX's {@code _canonicalize_tuple_index},
     * after checking the number of indices.
     */
    static List<Object> canonicalize(int[] shape, List<Object> idx) {
        int ndim = shape.length;
        int consumed = 0;
        int ellipses = 0;
        for (Object e : idx) {
            if (e == Index.ELLIPSIS) ellipses++;
            else if (e != Index.NEW_AXIS) consumed++;
        }
        if (consumed > ndim) {
            throw new IndexException("Too many indices: " + ndim + "-dimensional array indexed with " + consumed + " regular "
                    + (consumed == 1 ? "index" : "indices") + ".");
        }
        if (ellipses > 1) throw new IndexException("an index can only have a single ellipsis ('...')");
        List<Object> out = new ArrayList<>();
        for (Object e : idx) {
            if (e == Index.ELLIPSIS) {
                for (int i = 0; i < ndim - consumed; i++) out.add(Index.ALL);
            } else {
                out.add(e);
            }
        }
        if (ellipses == 0) for (int i = consumed; i < ndim; i++) out.add(Index.ALL);
        checkStaticBounds(out, shape);
        return out;
    }

    /** numpy's {@code IndexError} for a static int outside {@code [-size, size)}. */
    static void checkStaticBounds(List<Object> canonical, int[] shape) {
        int axis = 0;
        for (Object e : canonical) {
            if (e == Index.NEW_AXIS) continue;
            if (e instanceof Integer i) {
                int size = shape[axis];
                if (i < -size || i >= size) {
                    throw new IndexException("index " + i + " is out of bounds for axis " + axis + " with size " + size);
                }
            }
            axis++;
        }
    }

    /** Whether an item is an array of rank ≥ 1 (numpy's advanced index). */
    static boolean isArrayIndex(Object e) { return e instanceof Array a && a.ndim() > 0; }
}
