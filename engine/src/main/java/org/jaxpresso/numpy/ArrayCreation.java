package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.Config;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.TypePromotion;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.EvalTrace;
import org.jaxpresso.trace.TraceContext;

/**
 * Turns Java values into arrays, as {@code jnp.array} does with Python values.
 *
 * <p>A value is a tree: {@link List}s and {@code Object[]}s are sequences (numpy's nested lists),
 * primitive Java arrays ({@code float[]}, {@code double[][]}, {@code int[]}, {@code long[]},
 * {@code boolean[]}) are typed blocks (numpy arrays of float32, float64, int32, int64, bool),
 * {@link Array}s keep their dtype, and boxed Java scalars are weak-typed like Python scalars
 * ({@code Double}/{@code Float} → weak float, {@code Integer}/{@code Long}/{@code Short}/{@code Byte}
 * → weak int, {@code Boolean} → bool). The shape is found as numpy finds it (ragged nesting
 * raises numpy's error), the dtype is the join of the leaves on JAX's lattice, and 64-bit
 * types follow {@link Config} (float64 → float32, int64 → int32 without x64).
 *
 * <p>Values that are all concrete are copied into a buffer directly. A sequence holding
 * tracers (or, under a transformation, any array) is built as JAX builds it: each element is
 * converted, given a leading axis with {@code broadcast_in_dim} and the pieces are joined with
 * {@code concatenate[dimension=0]}, at most 16 at a time.
 */
public final class ArrayCreation {
    private ArrayCreation() {}

    private static final int CONCAT_GROUP = 16;

    /** A Java scalar as a 0-d array: doubles/floats weak float, ints/longs weak int, booleans bool. */
    public static Array scalar(Object v) {
        Config c = Config.get();
        return switch (v) {
            case Double d -> fill(new ShapedArray(Shape.SCALAR, c.defaultFloat(), true), d);
            case Float f -> fill(new ShapedArray(Shape.SCALAR, c.defaultFloat(), true), f.doubleValue());
            case Integer i -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), i);
            case Long l -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), l);
            case Short s -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), s);
            case Byte b -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), b);
            case Boolean b -> {
                Buffer buf = Buffer.allocate(DType.BOOL, 1);
                buf.setBool(0, b);
                yield new ConcreteArray(ShapedArray.scalar(DType.BOOL), buf);
            }
            case null -> throw new ArrayCreationException("null is not an array value. Pass an Array, a Java number or boolean, or a Java array of them.");
            default -> throw new ArrayCreationException("Cannot use a value of " + v.getClass().getName()
                    + " as an array. Pass an Array, a Java number or boolean, or a Java array of them.");
        };
    }

    private static Array fill(ShapedArray aval, double v) {
        Buffer b = Buffer.allocate(aval.dtype(), 1);
        b.setDouble(0, v);
        return new ConcreteArray(aval, b);
    }

    private static Array fillLong(ShapedArray aval, long v) {
        Buffer b = Buffer.allocate(aval.dtype(), 1);
        b.setLong(0, v);
        return new ConcreteArray(aval, b);
    }

    /** Wraps a flat buffer with a shape; the buffer's dtype is canonicalised (float64 → float32 without x64). */
    public static Array fromBuffer(Buffer b, int... shape) {
        DType t = Config.get().canonicalize(b.dtype());
        Buffer stored = b;
        if (t != b.dtype()) {
            stored = Buffer.allocate(t, b.size());
            for (int i = 0; i < b.size(); i++) {
                if (t.isFloating()) stored.setDouble(i, b.getDouble(i)); else stored.setLong(i, b.getLong(i));
            }
        }
        return new ConcreteArray(new ShapedArray(Shape.of(shape), t), stored);
    }

    // ---- jnp.array / jnp.asarray -------------------------------------------------------------

    /**
     * {@code jnp.array(object, dtype)}; {@code dtype} may be null (inferred). The result is
     * weak-typed only when {@code object} itself is (a Java number, or a weak array) and no dtype
     * is given.
     */
    public static Array array(Object object, DType dtype) {
        int[] shape = discoverShape(object);
        DType target = dtype != null ? dtype : inferDtype(object);
        boolean weak = dtype == null && isWeak(object);
        return build(object, shape, Config.get().canonicalize(target), weak);
    }

    /** {@code jnp.asarray}: as {@link #array}, but an array of the requested type is returned as it is. */
    public static Array asarray(Object object, DType dtype) {
        if (object instanceof Array a && (dtype == null || Config.get().canonicalize(dtype) == a.dtype())) return a;
        return array(object, dtype);
    }

    private static Array build(Object object, int[] shape, DType dtype, boolean weak) {
        LeafKinds kinds = new LeafKinds();
        scanLeaves(object, kinds);
        boolean eager = TraceContext.current() instanceof EvalTrace;
        if (!kinds.tracer && (!kinds.array || eager)) return fillConcrete(object, shape, dtype, weak);
        if (object instanceof Array a) return Promotion.convert(a, dtype, weak);
        List<?> items = items(object);
        List<Array> parts = new ArrayList<>(items.size());
        for (Object item : items) {
            Array part = build(item, discoverShape(item), dtype, false);
            parts.add(expandLeadingAxis(part));
        }
        while (parts.size() > CONCAT_GROUP) {
            List<Array> grouped = new ArrayList<>();
            for (int i = 0; i < parts.size(); i += CONCAT_GROUP) {
                grouped.add(concatenate(parts.subList(i, Math.min(parts.size(), i + CONCAT_GROUP))));
            }
            parts = grouped;
        }
        return Promotion.convert(concatenate(parts), dtype, weak);
    }

    private static Array concatenate(List<Array> parts) {
        return parts.size() == 1 ? parts.getFirst() : Lax.concatenate(new ArrayList<>(parts), 0);
    }

    /** {@code lax.expand_dims(x, [0])}: a {@code broadcast_in_dim} to shape (1, …). */
    static Array expandLeadingAxis(Array x) {
        int n = x.ndim();
        int[] shape = new int[n + 1];
        int[] dims = new int[n];
        shape[0] = 1;
        for (int i = 0; i < n; i++) {
            shape[i + 1] = x.shape(i);
            dims[i] = i + 1;
        }
        return Lax.broadcastInDim(x, shape, dims);
    }

    /** Whether {@code jnp.array} keeps the weak type of this value. */
    static boolean isWeak(Object v) {
        return switch (v) {
            case Array a -> a.weakType();
            case Double d -> true;
            case Float f -> true;
            case Integer i -> true;
            case Long l -> true;
            case Short s -> true;
            case Byte b -> true;
            case null, default -> false;
        };
    }

    // ---- shape discovery ----------------------------------------------------------------------

    /** The axes of an array below {@code depth}, standing for all its sub-arrays at that nesting level. */
    private record ArrayAxes(Array array, int depth) {}

    /** Stands for the scalar elements of a primitive Java array. */
    private static final Object PRIMITIVE_ELEMENT = new Object();

    /**
     * numpy's shape discovery: level by level, every node must be a sequence of the same length,
     * or every node a scalar; anything else is numpy's "inhomogeneous shape" error.
     */
    static int[] discoverShape(Object object) {
        List<Integer> shape = new ArrayList<>();
        List<Object> level = List.of(object instanceof Array a ? new ArrayAxes(a, 0) : object);
        while (true) {
            int length = -1;
            boolean anySequence = false;
            boolean anyScalar = false;
            boolean ragged = false;
            for (Object node : level) {
                int n = lengthOf(node);
                if (n < 0) {
                    anyScalar = true;
                } else {
                    if (anySequence && n != length) ragged = true;
                    anySequence = true;
                    length = n;
                }
            }
            if (!anySequence) break;
            if (anyScalar || ragged) {
                throw new ArrayCreationException("setting an array element with a sequence. The requested array has an inhomogeneous shape after "
                        + shape.size() + " dimensions. The detected shape was " + Shape.of(shape) + " + inhomogeneous part.");
            }
            shape.add(length);
            if (length == 0) break;
            List<Object> next = new ArrayList<>();
            for (Object node : level) addChildren(node, next);
            level = next;
        }
        return shape.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The length of a sequence node, or -1 for a scalar; rejects what cannot be an element. */
    private static int lengthOf(Object node) {
        return switch (node) {
            case null -> throw new ArrayCreationException("null is not a valid value for jnp.array.");
            case ArrayAxes(Array a, int depth) -> depth < a.ndim() ? a.shape(depth) : -1;
            case Array a -> a.ndim() > 0 ? a.shape(0) : -1;
            case List<?> l -> l.size();
            case Object[] o -> o.length;
            case float[] f -> f.length;
            case double[] d -> d.length;
            case int[] i -> i.length;
            case long[] l -> l.length;
            case boolean[] b -> b.length;
            case Number n when isSupportedNumber(n) -> -1;
            case Boolean b -> -1;
            default -> {
                if (node == PRIMITIVE_ELEMENT) yield -1;
                throw unsupported(node);
            }
        };
    }

    private static boolean isSupportedNumber(Number n) {
        return n instanceof Double || n instanceof Float || n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static ArrayCreationException unsupported(Object v) {
        String what = v.getClass().isArray() ? "a Java " + v.getClass().getComponentType().getName() + "[] array" : "a value of " + v.getClass().getName()
                + " (" + v + ")";
        return new ArrayCreationException("Cannot create an array from " + what + ". Supported are Arrays, Java numbers (double, float, int, long, "
                + "short, byte) and booleans, float[], double[], int[], long[] and boolean[] arrays of any nesting, and Object[] or List of these.");
    }

    /** Adds one representative of each kind of child: all items of a sequence, one for uniform blocks. */
    private static void addChildren(Object node, List<Object> next) {
        switch (node) {
            case ArrayAxes(Array a, int depth) -> next.add(new ArrayAxes(a, depth + 1));
            case Array a -> next.add(new ArrayAxes(a, 1));
            case List<?> l -> {
                for (Object item : l) next.add(item instanceof Array a ? new ArrayAxes(a, 0) : item);
            }
            case Object[] o -> {
                for (Object item : o) next.add(item instanceof Array a ? new ArrayAxes(a, 0) : item);
            }
            default -> next.add(PRIMITIVE_ELEMENT);
        }
    }

    private static List<?> items(Object sequence) {
        return switch (sequence) {
            case List<?> l -> l;
            case Object[] o -> Arrays.asList(o);
            default -> throw new IllegalStateException("not a sequence: " + sequence.getClass());
        };
    }

    // ---- dtype inference ----------------------------------------------------------------------

    /** What kinds of leaves a value holds: their types (for the lattice), and whether arrays or tracers occur. */
    private static final class LeafKinds {
        final Set<ShapedArray> types = new LinkedHashSet<>();
        boolean array;
        boolean tracer;
    }

    private static void scanLeaves(Object v, LeafKinds kinds) {
        switch (v) {
            case Array a -> {
                kinds.array = true;
                kinds.tracer |= !(a instanceof ConcreteArray);
                kinds.types.add(new ShapedArray(Shape.SCALAR, a.dtype(), a.weakType()));
            }
            case List<?> l -> l.forEach(item -> scanLeaves(item, kinds));
            case Object[] o -> {
                for (Object item : o) scanLeaves(item, kinds);
            }
            case float[] f -> kinds.types.add(ShapedArray.scalar(DType.FLOAT32));
            case double[] d -> kinds.types.add(ShapedArray.scalar(DType.FLOAT64));
            case int[] i -> kinds.types.add(ShapedArray.scalar(DType.INT32));
            case long[] l -> kinds.types.add(ShapedArray.scalar(DType.INT64));
            case boolean[] b -> kinds.types.add(ShapedArray.scalar(DType.BOOL));
            case Boolean b -> kinds.types.add(ShapedArray.scalar(DType.BOOL));
            case Double d -> kinds.types.add(new ShapedArray(Shape.SCALAR, DType.FLOAT64, true));
            case Float f -> kinds.types.add(new ShapedArray(Shape.SCALAR, DType.FLOAT64, true));
            case Number n -> kinds.types.add(new ShapedArray(Shape.SCALAR, DType.INT64, true));
            default -> throw unsupported(v);
        }
    }

    /** The join of the leaves' types on JAX's lattice; the default float when there are none. */
    static DType inferDtype(Object object) {
        LeafKinds kinds = new LeafKinds();
        scanLeaves(object, kinds);
        if (kinds.types.isEmpty()) return Config.get().defaultFloat();
        return TypePromotion.resultDtype(new ArrayList<>(kinds.types));
    }

    // ---- copying concrete values --------------------------------------------------------------

    private static Array fillConcrete(Object object, int[] shape, DType dtype, boolean weak) {
        Shape s = Shape.of(shape);
        Buffer out = Buffer.allocate(dtype, s.size());
        int written = write(object, out, 0);
        if (written != out.size()) throw new IllegalStateException("wrote " + written + " of " + out.size() + " elements");
        return new ConcreteArray(new ShapedArray(s, dtype, weak), out);
    }

    /** Writes the elements of {@code v} in row-major order from {@code pos}; returns the next position. */
    private static int write(Object v, Buffer out, int pos) {
        switch (v) {
            case Array a -> {
                Buffer b = ((ConcreteArray) a).buffer();
                for (int i = 0; i < b.size(); i++) copyConverted(b, i, out, pos + i);
                return pos + b.size();
            }
            case List<?> l -> {
                for (Object item : l) pos = write(item, out, pos);
                return pos;
            }
            case Object[] o -> {
                for (Object item : o) pos = write(item, out, pos);
                return pos;
            }
            case float[] f -> {
                for (float x : f) out.setDouble(pos++, x);
                return pos;
            }
            case double[] d -> {
                for (double x : d) out.setDouble(pos++, x);
                return pos;
            }
            case int[] ints -> {
                for (int x : ints) out.setLong(pos++, x);
                return pos;
            }
            case long[] longs -> {
                for (long x : longs) out.setLong(pos++, x);
                return pos;
            }
            case boolean[] bools -> {
                for (boolean x : bools) out.setBool(pos++, x);
                return pos;
            }
            case Boolean b -> out.setBool(pos, b);
            case Double d -> out.setDouble(pos, d);
            case Float f -> out.setDouble(pos, f);
            case Number n -> out.setLong(pos, n.longValue());
            default -> throw unsupported(v);
        }
        return pos + 1;
    }

    /** numpy's {@code astype}: floats truncate toward zero into ints, anything non-zero is True. */
    static void copyConverted(Buffer src, int i, Buffer dst, int j) {
        if (src.dtype() == dst.dtype()) {
            dst.copyElement(src, i, j);
        } else if (dst.dtype().isBool()) {
            dst.setBool(j, src.getBool(i));
        } else if (src.dtype().isFloating()) {
            dst.setDouble(j, src.getDouble(i));
        } else {
            dst.setLong(j, src.getLong(i));
        }
    }
}
