package org.jaxpresso;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.numpy.ArrayFormatter;

/**
 * An n-dimensional array, as {@code jax.Array}: either concrete (it holds values) or a tracer
 * that stands for values under a transformation. The fluent methods are {@link Jnp} functions;
 * {@link #toString()} is JAX's repr, {@code Array([11., 20., 29.], dtype=float32)}.
 */
public abstract class Array {
    /** For the engine's own subclasses: concrete arrays and tracers. */
    protected Array() {}

    /** The abstract value: shape, dtype and weak flag. */
    public abstract ShapedArray aval();

    /**
     * The elements, for reading; tracers throw {@link ConcretizationException} naming
     * {@code operation} and the transformation that made the value abstract.
     */
    protected abstract Buffer concreteValue(String operation);

    // ---- shape and dtype -------------------------------------------------------------------

    /** The shape, printed as a Python tuple: {@code (2, 5)}. */
    public Shape shape() { return aval().shape(); }

    /** The size of one axis; negative axes count from the end. */
    public int shape(int axis) { return shape().dim(shape().axis(axis)); }

    /** The number of axes ({@code x.ndim}); 0 for a scalar. */
    public int ndim() { return shape().rank(); }

    /** The number of elements ({@code x.size}), the product of the shape. */
    public int size() { return shape().size(); }

    /** The element type ({@code x.dtype}), such as {@code float32}. */
    public DType dtype() { return aval().dtype(); }

    /** Whether the dtype is weak (the array came from a Java scalar). */
    public boolean weakType() { return aval().weakType(); }

    /** The device the array lives on ({@code x.device} in JAX); tracers have none and throw. */
    public Device device() {
        concreteValue("device()");
        return org.jaxpresso.backend.Backends.defaultDevice();
    }

    /**
     * Waits until the work that computes this array has finished on its device and returns it
     * ({@code x.block_until_ready()} in JAX): operations on an accelerator are enqueued without
     * waiting, so time a computation up to this call. On the CPU it returns at once.
     */
    public Array blockUntilReady() {
        Buffer b = concreteValue("blockUntilReady()");
        if (!b.onHost() && b.deviceMemory() != null) b.deviceMemory().awaitReady();
        return this;
    }

    // ---- reading values --------------------------------------------------------------------

    private Buffer scalarValue(String operation) {
        Buffer b = concreteValue(operation);
        if (size() != 1) {
            throw new ShapeException("can only convert an array of size 1 to a Java scalar, got shape " + shape()
                    + ". Use toFloatArray() etc. for all elements, or index it first.");
        }
        return b;
    }

    /** The single element as a Java {@code Boolean}, {@code Integer}, {@code Long}, {@code Float} or {@code Double}. */
    public Object item() { return scalarValue("item()").getBoxed(0); }

    /** The single element as a Java {@code float} ({@code float(x)}); the array must have size 1. */
    public float floatValue() { return (float) scalarValue("floatValue()").getDouble(0); }

    /** The single element as a Java {@code double}; the array must have size 1. */
    public double doubleValue() { return scalarValue("doubleValue()").getDouble(0); }

    /** The single element as a Java {@code int} ({@code int(x)}; floats truncate toward zero); the array must have size 1. */
    public int intValue() { return (int) scalarValue("intValue()").getLong(0); }

    /** The single element as a Java {@code long}; the array must have size 1. */
    public long longValue() { return scalarValue("longValue()").getLong(0); }

    /** The single element as a Java {@code boolean} ({@code bool(x)}); the array must have size 1. */
    public boolean booleanValue() { return scalarValue("booleanValue()").getBool(0); }

    /** All elements in row-major order, converted to float. */
    public float[] toFloatArray() {
        Buffer b = concreteValue("toFloatArray()");
        float[] out = new float[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = (float) b.getDouble(i);
        return out;
    }

    /** All elements in row-major order, converted to double. */
    public double[] toDoubleArray() {
        Buffer b = concreteValue("toDoubleArray()");
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.getDouble(i);
        return out;
    }

    /** All elements in row-major order, converted to int. */
    public int[] toIntArray() {
        Buffer b = concreteValue("toIntArray()");
        int[] out = new int[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = (int) b.getLong(i);
        return out;
    }

    /** All elements in row-major order, converted to long. */
    public long[] toLongArray() {
        Buffer b = concreteValue("toLongArray()");
        long[] out = new long[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong(i);
        return out;
    }

    /** All elements in row-major order, as booleans (non-zero is true). */
    public boolean[] toBooleanArray() {
        Buffer b = concreteValue("toBooleanArray()");
        boolean[] out = new boolean[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.getBool(i);
        return out;
    }

    /** JAX's repr. Tracers print as {@code Traced<float32[3]>with<…>}. */
    @Override
    public String toString() { return ArrayFormatter.repr(aval(), concreteValue("toString()")); }

    // ---- fluent numpy methods (each is the Jnp function of the same name) -------------------

    /** {@code x + y}: {@link Jnp#add(Object, Object)}. */
    public Array add(Object y) { return Jnp.add(this, y); }
    /** {@code x - y}: {@link Jnp#subtract(Object, Object)}. */
    public Array sub(Object y) { return Jnp.subtract(this, y); }
    /** {@code x * y}: {@link Jnp#multiply(Object, Object)}. */
    public Array mul(Object y) { return Jnp.multiply(this, y); }
    /** {@code x / y}, true division in a float type: {@link Jnp#divide(Object, Object)}. */
    public Array div(Object y) { return Jnp.divide(this, y); }
    /** {@code x ** y}: {@link Jnp#power(Object, Object)}. */
    public Array pow(Object y) { return Jnp.power(this, y); }
    /** {@code -x}: {@link Jnp#negative(Object)}. */
    public Array neg() { return Jnp.negative(this); }
    /** {@code x < y}, a bool array: {@link Jnp#less(Object, Object)}. */
    public Array lt(Object y) { return Jnp.less(this, y); }
    /** {@code x <= y}, a bool array: {@link Jnp#lessEqual(Object, Object)}. */
    public Array le(Object y) { return Jnp.lessEqual(this, y); }
    /** {@code x > y}, a bool array: {@link Jnp#greater(Object, Object)}. */
    public Array gt(Object y) { return Jnp.greater(this, y); }
    /** {@code x >= y}, a bool array: {@link Jnp#greaterEqual(Object, Object)}. */
    public Array ge(Object y) { return Jnp.greaterEqual(this, y); }
    /** {@code x == y}, a bool array: {@link Jnp#equal(Object, Object)}. */
    public Array eq(Object y) { return Jnp.equal(this, y); }
    /** {@code x != y}, a bool array: {@link Jnp#notEqual(Object, Object)}. */
    public Array ne(Object y) { return Jnp.notEqual(this, y); }
    /** {@code x.astype(t)}: the values converted to a strong {@code t}; see {@link Jnp#astype(Array, DType)}. */
    public Array astype(DType t) { return Jnp.astype(this, t); }

    // ==== fluent reductions, shape, linear algebra (helper B) ==================================

    /** {@code x.sum()}: the sum of all elements, as {@link Jnp#sum(Object)}. */
    public Array sum() { return Jnp.sum(this); }
    /** {@code x.sum(axis)}: the sum over {@code axes}, as {@link Jnp#sum(Object, int...)}. */
    public Array sum(int... axes) { return Jnp.sum(this, axes); }
    /** {@code x.sum(axis, keepdims=keepdims)}, as {@link Jnp#sum(Object, int, boolean)}. */
    public Array sum(int axis, boolean keepdims) { return Jnp.sum(this, axis, keepdims); }
    /** {@code x.mean()}: the average of all elements, in a float type, as {@link Jnp#mean(Object)}. */
    public Array mean() { return Jnp.mean(this); }
    /** {@code x.mean(axis)}: the average over {@code axes}, as {@link Jnp#mean(Object, int...)}. */
    public Array mean(int... axes) { return Jnp.mean(this, axes); }
    /** {@code x.mean(axis, keepdims=keepdims)}, as {@link Jnp#mean(Object, int, boolean)}. */
    public Array mean(int axis, boolean keepdims) { return Jnp.mean(this, axis, keepdims); }
    /** {@code x.max()}: the largest element, as {@link Jnp#max(Object)}. */
    public Array max() { return Jnp.max(this); }
    /** {@code x.max(axis)}: the maximum over {@code axes}, as {@link Jnp#max(Object, int...)}. */
    public Array max(int... axes) { return Jnp.max(this, axes); }
    /** {@code x.max(axis, keepdims=keepdims)}, as {@link Jnp#max(Object, int, boolean)}. */
    public Array max(int axis, boolean keepdims) { return Jnp.max(this, axis, keepdims); }
    /** {@code x.min()}: the smallest element, as {@link Jnp#min(Object)}. */
    public Array min() { return Jnp.min(this); }
    /** {@code x.min(axis)}: the minimum over {@code axes}, as {@link Jnp#min(Object, int...)}. */
    public Array min(int... axes) { return Jnp.min(this, axes); }
    /** {@code x.min(axis, keepdims=keepdims)}, as {@link Jnp#min(Object, int, boolean)}. */
    public Array min(int axis, boolean keepdims) { return Jnp.min(this, axis, keepdims); }
    /** {@code x.prod()}: the product of all elements, as {@link Jnp#prod(Object)}. */
    public Array prod() { return Jnp.prod(this); }
    /** {@code x.prod(axis)}: the product over {@code axes}, as {@link Jnp#prod(Object, int...)}. */
    public Array prod(int... axes) { return Jnp.prod(this, axes); }
    /** {@code x.all()}: whether every element is true (non-zero), as {@link Jnp#all(Object)}. */
    public Array all() { return Jnp.all(this); }
    /** {@code x.any()}: whether some element is true (non-zero), as {@link Jnp#any(Object)}. */
    public Array any() { return Jnp.any(this); }
    /** {@code x.argmax()}: the flat index of the first maximum, as {@link Jnp#argmax(Object)}. */
    public Array argmax() { return Jnp.argmax(this); }
    /** {@code x.argmax(axis)}: the index of the first maximum along {@code axis}, as {@link Jnp#argmax(Object, int)}. */
    public Array argmax(int axis) { return Jnp.argmax(this, axis); }
    /** {@code x.argmin()}: the flat index of the first minimum, as {@link Jnp#argmin(Object)}. */
    public Array argmin() { return Jnp.argmin(this); }
    /** {@code x.argmin(axis)}: the index of the first minimum along {@code axis}, as {@link Jnp#argmin(Object, int)}. */
    public Array argmin(int axis) { return Jnp.argmin(this, axis); }
    /** {@code x.reshape(shape)}: the elements in row-major order in a new shape; one size may be {@code -1}. */
    public Array reshape(int... newShape) { return Jnp.reshape(this, newShape); }
    /** {@code x.transpose()}: the axes reversed, as {@link #T()}. */
    public Array transpose() { return Jnp.transpose(this); }
    /** {@code x.transpose(axes)}: result axis {@code i} is axis {@code axes[i]} of {@code x}. */
    public Array transpose(int... axes) { return Jnp.transpose(this, axes); }
    /** {@code x.T}: the axes reversed. */
    public Array T() { return Jnp.transpose(this); }
    /** {@code x.swapaxes(axis1, axis2)}: two axes exchanged, as {@link Jnp#swapaxes(Object, int, int)}. */
    public Array swapaxes(int axis1, int axis2) { return Jnp.swapaxes(this, axis1, axis2); }
    /** {@code x.squeeze()}: every size-1 axis removed. */
    public Array squeeze() { return Jnp.squeeze(this); }
    /** {@code x.squeeze(axis)}: the given axes removed; they must have size 1. */
    public Array squeeze(int... axes) { return Jnp.squeeze(this, axes); }
    /** {@code x.ravel()}: the elements as a 1-D array, in row-major order. */
    public Array ravel() { return Jnp.ravel(this); }
    /** {@code x.flatten()}, the same as {@link #ravel()}. */
    public Array flatten() { return Jnp.ravel(this); }
    /** {@code x @ y}: the matrix product, as {@link Jnp#matmul(Object, Object)}. */
    public Array matmul(Object y) { return Jnp.matmul(this, y); }
    /** {@code x.dot(y)}: as {@link Jnp#dot(Object, Object)}. */
    public Array dot(Object y) { return Jnp.dot(this, y); }
    /** {@code x.clip(min, max)}: each element limited to {@code [min, max]}; either bound may be null ({@link Jnp#clip(Object, Object, Object)}). */
    public Array clip(Object min, Object max) { return Jnp.clip(this, min, max); }
    /** {@code abs(x)}: the absolute value of each element, as {@link Jnp#abs(Object)}. */
    public Array abs() { return Jnp.abs(this); }
    /** {@code x.round()}: each element rounded half to even, as {@link Jnp#round(Object)}. */
    public Array round() { return Jnp.round(this); }
    /** {@code x % y}, numpy's remainder with the divisor's sign: {@link Jnp#remainder(Object, Object)}. */
    public Array mod(Object y) { return Jnp.remainder(this, y); }
    /** {@code x // y}: {@link Jnp#floorDivide(Object, Object)}. */
    public Array floorDiv(Object y) { return Jnp.floorDivide(this, y); }

    // ==== end fluent reductions… ===============================================================

    // ==== indexing: get, at (helper C) =========================================================

    /**
     * numpy indexing, {@code x[items…]}: Java ints (negative count from the end),
     * {@link Index#slice(Integer, Integer, Integer)}, {@link Index#ALL}, {@link Index#NEW_AXIS}
     * (or {@code null}), {@link Index#ELLIPSIS}, integer arrays, and Strings in numpy's text form:
     * {@code x.get(":, 1:4")}, {@code x.get(0, "::-1")}.
     */
    public Array get(Object... items) { return org.jaxpresso.numpy.Indexing.get(this, items); }

    /** {@code x.at[items…]}: a functional update, {@code x.at(2).set(7f)}; items as in {@link #get(Object...)}. */
    public AtRef at(Object... items) { return new AtRef(this, items); }

    // ==== end indexing ========================================================================
}
