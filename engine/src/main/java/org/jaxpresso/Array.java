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

    public int ndim() { return shape().rank(); }

    public int size() { return shape().size(); }

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

    public float floatValue() { return (float) scalarValue("floatValue()").getDouble(0); }

    public double doubleValue() { return scalarValue("doubleValue()").getDouble(0); }

    public int intValue() { return (int) scalarValue("intValue()").getLong(0); }

    public long longValue() { return scalarValue("longValue()").getLong(0); }

    public boolean booleanValue() { return scalarValue("booleanValue()").getBool(0); }

    /** All elements in row-major order, converted to float. */
    public float[] toFloatArray() {
        Buffer b = concreteValue("toFloatArray()");
        float[] out = new float[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = (float) b.getDouble(i);
        return out;
    }

    public double[] toDoubleArray() {
        Buffer b = concreteValue("toDoubleArray()");
        double[] out = new double[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.getDouble(i);
        return out;
    }

    public int[] toIntArray() {
        Buffer b = concreteValue("toIntArray()");
        int[] out = new int[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = (int) b.getLong(i);
        return out;
    }

    public long[] toLongArray() {
        Buffer b = concreteValue("toLongArray()");
        long[] out = new long[b.size()];
        for (int i = 0; i < out.length; i++) out[i] = b.getLong(i);
        return out;
    }

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

    public Array add(Object y) { return Jnp.add(this, y); }
    public Array sub(Object y) { return Jnp.subtract(this, y); }
    public Array mul(Object y) { return Jnp.multiply(this, y); }
    public Array div(Object y) { return Jnp.divide(this, y); }
    public Array pow(Object y) { return Jnp.power(this, y); }
    public Array neg() { return Jnp.negative(this); }
    public Array lt(Object y) { return Jnp.less(this, y); }
    public Array le(Object y) { return Jnp.lessEqual(this, y); }
    public Array gt(Object y) { return Jnp.greater(this, y); }
    public Array ge(Object y) { return Jnp.greaterEqual(this, y); }
    public Array eq(Object y) { return Jnp.equal(this, y); }
    public Array ne(Object y) { return Jnp.notEqual(this, y); }
    public Array astype(DType t) { return Jnp.astype(this, t); }

    // ==== fluent reductions, shape, linear algebra (helper B) ==================================

    public Array sum() { return Jnp.sum(this); }
    public Array sum(int... axes) { return Jnp.sum(this, axes); }
    public Array sum(int axis, boolean keepdims) { return Jnp.sum(this, axis, keepdims); }
    public Array mean() { return Jnp.mean(this); }
    public Array mean(int... axes) { return Jnp.mean(this, axes); }
    public Array mean(int axis, boolean keepdims) { return Jnp.mean(this, axis, keepdims); }
    public Array max() { return Jnp.max(this); }
    public Array max(int... axes) { return Jnp.max(this, axes); }
    public Array max(int axis, boolean keepdims) { return Jnp.max(this, axis, keepdims); }
    public Array min() { return Jnp.min(this); }
    public Array min(int... axes) { return Jnp.min(this, axes); }
    public Array min(int axis, boolean keepdims) { return Jnp.min(this, axis, keepdims); }
    public Array prod() { return Jnp.prod(this); }
    public Array prod(int... axes) { return Jnp.prod(this, axes); }
    public Array all() { return Jnp.all(this); }
    public Array any() { return Jnp.any(this); }
    public Array argmax() { return Jnp.argmax(this); }
    public Array argmax(int axis) { return Jnp.argmax(this, axis); }
    public Array argmin() { return Jnp.argmin(this); }
    public Array argmin(int axis) { return Jnp.argmin(this, axis); }
    public Array reshape(int... newShape) { return Jnp.reshape(this, newShape); }
    public Array transpose() { return Jnp.transpose(this); }
    public Array transpose(int... axes) { return Jnp.transpose(this, axes); }
    /** {@code x.T}: the axes reversed. */
    public Array T() { return Jnp.transpose(this); }
    public Array swapaxes(int axis1, int axis2) { return Jnp.swapaxes(this, axis1, axis2); }
    public Array squeeze() { return Jnp.squeeze(this); }
    public Array squeeze(int... axes) { return Jnp.squeeze(this, axes); }
    public Array ravel() { return Jnp.ravel(this); }
    /** {@code x.flatten()}, the same as {@link #ravel()}. */
    public Array flatten() { return Jnp.ravel(this); }
    public Array matmul(Object y) { return Jnp.matmul(this, y); }
    public Array dot(Object y) { return Jnp.dot(this, y); }
    public Array clip(Object min, Object max) { return Jnp.clip(this, min, max); }
    public Array abs() { return Jnp.abs(this); }
    public Array round() { return Jnp.round(this); }
    public Array mod(Object y) { return Jnp.remainder(this, y); }
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
