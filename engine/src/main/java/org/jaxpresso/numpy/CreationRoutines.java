package org.jaxpresso.numpy;

import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.Config;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.EvalTrace;
import org.jaxpresso.trace.TraceContext;

/**
 * numpy's array creation routines as {@code jax.numpy} defines them: {@code full} (and
 * {@code zeros}, {@code ones}, the {@code …_like} forms), {@code eye}, {@code arange} and
 * {@code linspace}.
 *
 * <p>Eagerly the values are written into a buffer. Under a transformation the routines emit
 * what JAX emits: {@code full} a {@code broadcast_in_dim} of a scalar constant, {@code arange}
 * an {@code iota} (plus {@code add}/{@code mul} of constants for a start or a step), {@code eye}
 * two iotas compared. {@code linspace} (a jitted function in JAX) always yields a constant.
 */
public final class CreationRoutines {
    private CreationRoutines() {}

    private static boolean eager() { return TraceContext.current() instanceof EvalTrace; }

    // ---- full, zeros, ones ---------------------------------------------------------------------

    /**
     * {@code jnp.full(shape, fillValue, dtype)}; {@code dtype} may be null, and the result is then
     * weak when the fill value is (a Java number). An array-like fill value is broadcast to the shape.
     */
    public static Array full(int[] shape, Object fillValue, DType dtype) {
        Shape target = Shape.of(shape);
        if (fillValue instanceof Array a && a.ndim() == 0 || !(fillValue instanceof Array) && isScalarValue(fillValue)) {
            boolean weak = dtype == null && ArrayCreation.isWeak(fillValue);
            DType t = Config.get().canonicalize(dtype != null ? dtype : Promotion.asArray(fillValue).dtype());
            return broadcastScalar(scalarOf(fillValue, t, weak), target);
        }
        Array value = ArrayCreation.asarray(fillValue, dtype);
        return broadcastTo(value, target);
    }

    private static boolean isScalarValue(Object v) { return v instanceof Number || v instanceof Boolean; }

    /** {@code zeros(shape, dtype)}: a strong array; {@code dtype} null means the default float. */
    public static Array zeros(int[] shape, DType dtype) { return full(shape, 0, dtype == null ? Config.get().defaultFloat() : dtype); }

    public static Array ones(int[] shape, DType dtype) { return full(shape, 1, dtype == null ? Config.get().defaultFloat() : dtype); }

    /** {@code jnp.full_like(x, fillValue, dtype)}: the shape of {@code x}; its dtype and weak type unless {@code dtype} is given. */
    public static Array fullLike(Object x, Object fillValue, DType dtype) {
        Array a = Promotion.asArray(x);
        boolean weak = dtype == null && a.weakType();
        DType t = Config.get().canonicalize(dtype != null ? dtype : a.dtype());
        Array fill = fillValue instanceof Array f && f.ndim() > 0 ? null : scalarOf(fillValue, t, weak);
        if (fill == null) return broadcastTo(Promotion.convert((Array) fillValue, t, weak), a.shape());
        return broadcastScalar(fill, a.shape());
    }

    /** A 0-d array of {@code value} converted to {@code t}: concrete values are converted here, tracers by {@code convert_element_type}. */
    private static Array scalarOf(Object value, DType t, boolean weak) {
        Array v = Promotion.asArray(value);
        if (!(v instanceof ConcreteArray c)) return Promotion.convert(v, t, weak);
        Buffer b = Buffer.allocate(t, 1);
        ArrayCreation.copyConverted(c.buffer(), 0, b, 0);
        return new ConcreteArray(new ShapedArray(Shape.SCALAR, t, weak), b);
    }

    /** {@code lax.broadcast(x, shape)}: nothing for a 0-d shape, a buffer eagerly, else {@code broadcast_in_dim}. */
    private static Array broadcastScalar(Array x, Shape shape) {
        if (shape.rank() == 0) return x;
        if (eager() && x instanceof ConcreteArray c) {
            Buffer out = Buffer.allocate(x.dtype(), shape.size());
            for (int i = 0; i < out.size(); i++) out.copyElement(c.buffer(), 0, i);
            return new ConcreteArray(x.aval().withShape(shape), out);
        }
        return Lax.broadcastInDim(x, shape.dims(), new int[0]);
    }

    /** numpy's {@code broadcast_to}: trailing axes line up; size-1 axes stretch. */
    private static Array broadcastTo(Array x, Shape shape) {
        if (x.shape().equals(shape)) return x;
        int n = x.ndim();
        int r = shape.rank();
        int[] dims = new int[n];
        for (int i = 0; i < n; i++) {
            dims[i] = r - n + i;
            if (dims[i] < 0 || x.shape(i) != 1 && x.shape(i) != shape.dim(dims[i])) {
                throw new ShapeException("Incompatible shapes for broadcasting: " + x.shape() + " and requested shape " + shape);
            }
        }
        return Lax.broadcastInDim(x, shape.dims(), dims);
    }

    // ---- eye -----------------------------------------------------------------------------------

    /** {@code jnp.eye(n, m, k, dtype)}: ones on the k-th diagonal; {@code dtype} null means the default float. */
    public static Array eye(int n, int m, int k, DType dtype) {
        if (n < 0 || m < 0) throw new ShapeException("negative dimensions are not allowed, got " + n + " and " + m);
        DType t = Config.get().canonicalize(dtype == null ? Config.get().defaultFloat() : dtype);
        if (eager()) {
            Buffer out = Buffer.allocate(t, n * m);
            for (int i = 0; i < n; i++) {
                int j = i + k;
                if (j >= 0 && j < m) out.setLong(i * m + j, 1);
            }
            return new ConcreteArray(new ShapedArray(Shape.of(n, m), t), out);
        }
        Array offset = ArrayCreation.scalar(k);
        Array i = Lax.broadcastedIota(offset.dtype(), new int[] {n, m}, 0);
        Array j = Lax.broadcastedIota(offset.dtype(), new int[] {n, m}, 1);
        return Jnp.astype(Jnp.equal(Jnp.add(i, offset), j), t);
    }

    // ---- arange --------------------------------------------------------------------------------

    /**
     * {@code jnp.arange(start, stop, step, dtype)}; {@code stop}, {@code step} and {@code dtype}
     * may be null. Arguments are Java numbers; the dtype is int when all are ints and the default
     * float otherwise. The length is numpy's {@code ceil((stop - start) / step)}.
     */
    public static Array arange(Number start, Number stop, Number step, DType dtype) {
        if (start == null) throw new ArrayCreationException("jax.numpy.arange: 'stop' must not be null.");
        DType t = dtype;
        if (t == null) {
            boolean anyFloat = isFloat(start) || isFloat(stop) || isFloat(step);
            t = anyFloat ? Config.get().defaultFloat() : Config.get().defaultInt();
        }
        t = Config.get().canonicalize(t);
        if (t.isBool()) throw new ArrayCreationException("jnp.arange does not support dtype bool.");
        if (stop == null) {
            stop = start;
            start = 0;
        }
        double from = start.doubleValue();
        double to = stop.doubleValue();
        if (step != null) {
            if (step.doubleValue() == 0) throw new ArrayCreationException("jax.numpy.arange: step must not be zero (division by zero).");
            int size = length(Math.ceil((to - from) / step.doubleValue()));
            if (eager()) return affineRange(start, step, size, t);
            Array iota = Lax.iota(t, size);
            return Promotion.convert(Lax.add(constant(start, t), Lax.mul(constant(step, t), iota)), t, false);
        }
        if (from == 0) {
            int size = length(Math.ceil(to));
            return eager() ? affineRange(0, 1, size, t) : Lax.iota(t, size);
        }
        int size = length(Math.ceil(to - from));
        if (eager()) return affineRange(start, 1, size, t);
        return Lax.add(constant(start, t), Lax.iota(t, size));
    }

    private static boolean isFloat(Number n) { return n instanceof Double || n instanceof Float; }

    private static int length(double ceil) {
        if (Double.isNaN(ceil)) throw new ArrayCreationException("arange: cannot compute length");
        if (ceil > Integer.MAX_VALUE) throw new ArrayCreationException("Maximum allowed size exceeded");
        return (int) Math.max(0, ceil);
    }

    /** A strong 0-d constant of {@code value} in {@code t}, as {@code lax.convert_element_type(value, t)} gives. */
    private static Array constant(Number value, DType t) { return scalarOf(value, t, false); }

    /** {@code start + step * i} computed in {@code t} (float32 rounding after each operation, as XLA does). */
    private static Array affineRange(Number start, Number step, int size, DType t) {
        Buffer out = Buffer.allocate(t, size);
        switch (t) {
            case FLOAT32 -> {
                float a = start.floatValue();
                float d = step.floatValue();
                for (int i = 0; i < size; i++) out.setDouble(i, a + d * (float) i);
            }
            case FLOAT64 -> {
                double a = start.doubleValue();
                double d = step.doubleValue();
                for (int i = 0; i < size; i++) out.setDouble(i, a + d * i);
            }
            case INT32, INT64 -> {
                long a = toLong(start);
                long d = toLong(step);
                for (int i = 0; i < size; i++) out.setLong(i, a + d * i);
            }
            case BOOL -> throw new ArrayCreationException("jnp.arange does not support dtype bool.");
        }
        return new ConcreteArray(new ShapedArray(Shape.of(size), t), out);
    }

    private static long toLong(Number n) { return isFloat(n) ? (long) n.doubleValue() : n.longValue(); }

    // ---- linspace ------------------------------------------------------------------------------

    /**
     * {@code jnp.linspace(start, stop, num, endpoint, dtype)}: computed as JAX computes it,
     * {@code start * (1 - s) + stop * s} with {@code s = i / div} in the computation dtype, the
     * last element exactly {@code stop} when {@code endpoint}; ints are floored.
     */
    public static Array linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        if (num < 0) throw new ArrayCreationException("Number of samples, " + num + ", must be non-negative.");
        DType t = Config.get().canonicalize(dtype == null ? Config.get().defaultFloat() : dtype);
        boolean single = (t.isFloating() ? t : Config.get().defaultFloat()) == DType.FLOAT32;
        double[] values = new double[num];
        if (num == 1) values[0] = single ? (float) start : start;
        int div = endpoint ? num - 1 : num;
        if (num > 1) {
            for (int i = 0; i < div; i++) {
                if (single) {
                    float s = (float) i / (float) div;
                    values[i] = (float) start * (1f - s) + (float) stop * s;
                } else {
                    double s = (double) i / div;
                    values[i] = start * (1 - s) + stop * s;
                }
            }
            if (endpoint) values[num - 1] = single ? (float) stop : stop;
        }
        Buffer out = Buffer.allocate(t, num);
        for (int i = 0; i < num; i++) {
            if (t.isFloating()) out.setDouble(i, values[i]); else out.setDouble(i, Math.floor(values[i]));
        }
        return new ConcreteArray(new ShapedArray(Shape.of(num), t), out);
    }
}
