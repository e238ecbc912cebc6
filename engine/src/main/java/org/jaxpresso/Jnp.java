package org.jaxpresso;

import java.util.List;
import org.jaxpresso.numpy.ArrayCreation;
import org.jaxpresso.numpy.CreationRoutines;
import org.jaxpresso.numpy.Einsum;
import org.jaxpresso.numpy.ElementwiseMath;
import org.jaxpresso.numpy.Joining;
import org.jaxpresso.numpy.LinearAlgebra;
import org.jaxpresso.numpy.Promotion;
import org.jaxpresso.numpy.Reductions;
import org.jaxpresso.numpy.Selection;
import org.jaxpresso.numpy.ShapeOps;

/**
 * {@code jax.numpy} in Java: numpy's broadcasting and JAX's type promotion, then {@link Lax},
 * emitting the same primitives JAX's {@code jnp} emits. Names are numpy's in camelCase.
 * Arguments typed {@code Object} take an {@link Array} or a Java scalar (weak-typed).
 */
public final class Jnp {
    private Jnp() {}

    // ---- elementwise arithmetic --------------------------------------------------------------

    /** {@code jnp.add}, {@code x + y}: promotes dtypes and broadcasts, then {@code add}; for two bools it is a logical or ({@code or}). */
    public static Array add(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return a.get(0).dtype() == DType.BOOL ? Lax.bitwiseOr(a.get(0), a.get(1)) : Lax.add(a.get(0), a.get(1));
    }

    /** {@code jnp.subtract}, {@code x - y}: promotes dtypes and broadcasts, then {@code sub}; bools raise numpy's error (use {@link #logicalXor}). */
    public static Array subtract(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        if (a.get(0).dtype() == DType.BOOL) {
            throw new DTypeException("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        }
        return Lax.sub(a.get(0), a.get(1));
    }

    /** {@code jnp.multiply}, {@code x * y}: promotes dtypes and broadcasts, then {@code mul}; for two bools it is a logical and ({@code and}). */
    public static Array multiply(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return a.get(0).dtype() == DType.BOOL ? Lax.bitwiseAnd(a.get(0), a.get(1)) : Lax.mul(a.get(0), a.get(1));
    }

    /** True division: ints and bools are converted to float first, as {@code jnp.true_divide}. */
    public static Array divide(Object x, Object y) {
        List<Array> a = Promotion.promoteArgsInexact(x, y);
        return Lax.div(a.get(0), a.get(1));
    }

    /** {@code jnp.true_divide}: the same as {@link #divide(Object, Object)}, {@code x / y} in a float type. */
    public static Array trueDivide(Object x, Object y) { return divide(x, y); }

    /** {@code x ** y}: a Java int exponent becomes {@code integer_pow}, as in JAX. */
    public static Array power(Object x, Object y) {
        if (y instanceof Integer n && !(x instanceof Integer)) return Lax.integerPow(Promotion.asArray(x), n);
        List<Array> a = Promotion.promoteArgs(x, y);
        if (!a.get(0).dtype().isFloating()) {
            a = Promotion.promoteArgsInexact(x, y);
        }
        return Lax.pow(a.get(0), a.get(1));
    }

    /** {@code jnp.negative}, {@code -x}: {@code neg}, keeping the dtype. */
    public static Array negative(Object x) { return Lax.neg(Promotion.asArray(x)); }

    /** {@code jnp.maximum}: the elementwise larger of {@code x} and {@code y} after promotion and broadcasting ({@code max}). */
    public static Array maximum(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.max(a.get(0), a.get(1));
    }

    /** {@code jnp.minimum}: the elementwise smaller of {@code x} and {@code y} after promotion and broadcasting ({@code min}). */
    public static Array minimum(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.min(a.get(0), a.get(1));
    }

    // ---- comparisons ---------------------------------------------------------------------------

    /** {@code jnp.equal}, {@code x == y}: a bool array, after promotion and broadcasting ({@code eq}). */
    public static Array equal(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.eq(a.get(0), a.get(1)); }
    /** {@code jnp.not_equal}, {@code x != y}: a bool array, after promotion and broadcasting ({@code ne}). */
    public static Array notEqual(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.ne(a.get(0), a.get(1)); }
    /** {@code jnp.less}, {@code x < y}: a bool array, after promotion and broadcasting ({@code lt}). */
    public static Array less(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.lt(a.get(0), a.get(1)); }
    /** {@code jnp.less_equal}, {@code x <= y}: a bool array, after promotion and broadcasting ({@code le}). */
    public static Array lessEqual(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.le(a.get(0), a.get(1)); }
    /** {@code jnp.greater}, {@code x > y}: a bool array, after promotion and broadcasting ({@code gt}). */
    public static Array greater(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.gt(a.get(0), a.get(1)); }
    /** {@code jnp.greater_equal}, {@code x >= y}: a bool array, after promotion and broadcasting ({@code ge}). */
    public static Array greaterEqual(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.ge(a.get(0), a.get(1)); }

    // ---- elementwise math (ints are computed in the default float type) -----------------------

    private static Array inexact(Object x) { return Promotion.promoteArgsInexact(x).getFirst(); }

    /** {@code jnp.exp}: e to the power of each element ({@code exp}); ints and bools are computed in the default float type. */
    public static Array exp(Object x) { return Lax.exp(inexact(x)); }
    /** {@code jnp.exp2}: 2 to the power of each element ({@code exp2}); ints and bools are computed in the default float type. */
    public static Array exp2(Object x) { return Lax.exp2(inexact(x)); }
    /** {@code jnp.log}: the natural logarithm of each element ({@code log}); ints and bools are computed in the default float type. */
    public static Array log(Object x) { return Lax.log(inexact(x)); }
    /** {@code jnp.log1p}: {@code log(1 + x)}, accurate for small {@code x} ({@code log1p}); ints and bools are computed in the default float type. */
    public static Array log1p(Object x) { return Lax.log1p(inexact(x)); }
    /** {@code jnp.expm1}: {@code exp(x) - 1}, accurate for small {@code x} ({@code expm1}); ints and bools are computed in the default float type. */
    public static Array expm1(Object x) { return Lax.expm1(inexact(x)); }
    /** {@code jnp.tanh}: the hyperbolic tangent of each element ({@code tanh}); ints and bools are computed in the default float type. */
    public static Array tanh(Object x) { return Lax.tanh(inexact(x)); }
    /** {@code jnp.sin}: the sine of each element, in radians ({@code sin}); ints and bools are computed in the default float type. */
    public static Array sin(Object x) { return Lax.sin(inexact(x)); }
    /** {@code jnp.cos}: the cosine of each element, in radians ({@code cos}); ints and bools are computed in the default float type. */
    public static Array cos(Object x) { return Lax.cos(inexact(x)); }
    /** {@code jnp.tan}: the tangent of each element, in radians ({@code tan}); ints and bools are computed in the default float type. */
    public static Array tan(Object x) { return Lax.tan(inexact(x)); }
    /** {@code jnp.arcsin}: the inverse sine of each element, in radians ({@code asin}); ints and bools are computed in the default float type. */
    public static Array arcsin(Object x) { return Lax.asin(inexact(x)); }
    /** {@code jnp.arccos}: the inverse cosine of each element, in radians ({@code acos}); ints and bools are computed in the default float type. */
    public static Array arccos(Object x) { return Lax.acos(inexact(x)); }
    /** {@code jnp.arctan}: the inverse tangent of each element, in radians ({@code atan}); ints and bools are computed in the default float type. */
    public static Array arctan(Object x) { return Lax.atan(inexact(x)); }
    /** {@code jnp.sinh}: the hyperbolic sine of each element ({@code sinh}); ints and bools are computed in the default float type. */
    public static Array sinh(Object x) { return Lax.sinh(inexact(x)); }
    /** {@code jnp.cosh}: the hyperbolic cosine of each element ({@code cosh}); ints and bools are computed in the default float type. */
    public static Array cosh(Object x) { return Lax.cosh(inexact(x)); }
    /** {@code jnp.arcsinh}: the inverse hyperbolic sine of each element ({@code asinh}); ints and bools are computed in the default float type. */
    public static Array arcsinh(Object x) { return Lax.asinh(inexact(x)); }
    /** {@code jnp.arccosh}: the inverse hyperbolic cosine of each element ({@code acosh}); ints and bools are computed in the default float type. */
    public static Array arccosh(Object x) { return Lax.acosh(inexact(x)); }
    /** {@code jnp.arctanh}: the inverse hyperbolic tangent of each element ({@code atanh}); ints and bools are computed in the default float type. */
    public static Array arctanh(Object x) { return Lax.atanh(inexact(x)); }
    /** {@code jnp.sqrt}: the square root of each element ({@code sqrt}); ints and bools are computed in the default float type. */
    public static Array sqrt(Object x) { return Lax.sqrt(inexact(x)); }
    /** {@code jnp.cbrt}: the cube root of each element ({@code cbrt}); ints and bools are computed in the default float type. */
    public static Array cbrt(Object x) { return Lax.cbrt(inexact(x)); }
    /**
     * {@code jnp.arctan2(x, y)}: the angle of the point {@code (y, x)}, {@code arctan(x / y)} in
     * the right quadrant ({@code atan2}); computed in a float type.
     */
    public static Array arctan2(Object x, Object y) { List<Array> a = Promotion.promoteArgsInexact(x, y); return Lax.atan2(a.get(0), a.get(1)); }

    /**
     * {@code x.astype(t)}: {@code convert_element_type} to a strongly typed {@code t}, unless
     * {@code x} already is one (a weakly typed {@code x} of dtype {@code t} becomes strong, as in JAX).
     */
    public static Array astype(Array x, DType t) {
        DType target = Config.get().canonicalize(t);
        return x.dtype() == target && !x.weakType() ? x : Lax.convertElementType(x, target, false);
    }

    // ==== creation (helper D) =================================================================

    /**
     * {@code jnp.array(object)}: a Java scalar (weak-typed, as a Python scalar), a primitive Java
     * array of any nesting ({@code float[]} → float32, {@code double[][]} → float64, {@code int[]},
     * {@code long[]}, {@code boolean[]}), an {@code Object[]} or {@link List} of numbers, arrays or
     * further lists (stacked; dtypes promoted as JAX does), or an {@link Array}. Without x64,
     * float64 becomes float32 and int64 int32. Ragged nesting raises numpy's error.
     */
    public static Array array(Object object) { return ArrayCreation.array(object, null); }

    /** {@code jnp.array(object, dtype=dtype)}: the values converted to {@code dtype} (never weak). */
    public static Array array(Object object, DType dtype) { return ArrayCreation.array(object, dtype); }

    /** {@code jnp.array([a, b, c])} for Java doubles: a strong float32 (float64 with x64) vector. */
    public static Array array(double first, double... rest) {
        double[] all = new double[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return ArrayCreation.array(all, null);
    }

    /** {@code jnp.array([a, b, c])} for Java floats: a strong float32 vector. */
    public static Array array(float first, float... rest) {
        float[] all = new float[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return ArrayCreation.array(all, null);
    }

    /** {@code jnp.array([a, b, c])} for Java ints: a strong int32 vector. */
    public static Array array(int first, int... rest) {
        int[] all = new int[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return ArrayCreation.array(all, null);
    }

    /** {@code jnp.asarray(object)}: as {@link #array(Object)}, returning an {@link Array} argument unchanged. */
    public static Array asarray(Object object) { return ArrayCreation.asarray(object, null); }

    /**
     * {@code jnp.asarray(object, dtype=dtype)}: as {@link #array(Object, DType)}, returning an
     * {@link Array} that already has {@code dtype} unchanged.
     */
    public static Array asarray(Object object, DType dtype) { return ArrayCreation.asarray(object, dtype); }

    /** {@code jnp.arange(stop)}: {@code 0, 1, …, stop-1} as int32 (an {@code iota} under a transformation). */
    public static Array arange(int stop) { return CreationRoutines.arange(stop, null, null, null); }

    /** {@code jnp.arange(stop)} for a float stop: float32 values {@code 0., 1., …}. */
    public static Array arange(double stop) { return CreationRoutines.arange(stop, null, null, null); }

    /** {@code jnp.arange(start, stop)}: the int32 values {@code start, start+1, …, stop-1}. */
    public static Array arange(int start, int stop) { return CreationRoutines.arange(start, stop, null, null); }

    /** Any double argument makes the result float32, as in numpy. */
    public static Array arange(double start, double stop) { return CreationRoutines.arange(start, stop, null, null); }

    /** {@code jnp.arange(start, stop, step)}: int32 values from {@code start} by {@code step}, stopping before {@code stop}. */
    public static Array arange(int start, int stop, int step) { return CreationRoutines.arange(start, stop, step, null); }

    /** {@code jnp.arange(start, stop, step)} for doubles: float32 values {@code start + i * step}, {@code ceil((stop - start) / step)} of them. */
    public static Array arange(double start, double stop, double step) { return CreationRoutines.arange(start, stop, step, null); }

    /** {@code jnp.arange(start, stop, step, dtype)}; {@code stop}, {@code step}, {@code dtype} may be null. */
    public static Array arange(Number start, Number stop, Number step, DType dtype) { return CreationRoutines.arange(start, stop, step, dtype); }

    /** {@code jnp.linspace(start, stop, num)}: {@code num} evenly spaced float32 values, both ends included. */
    public static Array linspace(double start, double stop, int num) { return CreationRoutines.linspace(start, stop, num, true, null); }

    /**
     * {@code jnp.linspace(start, stop, num, endpoint)}: with {@code endpoint} false, {@code stop}
     * is left out and the spacing is {@code (stop - start) / num}.
     */
    public static Array linspace(double start, double stop, int num, boolean endpoint) { return CreationRoutines.linspace(start, stop, num, endpoint, null); }

    /** {@code jnp.linspace(…, dtype=dtype)}: the values in {@code dtype} (null means the default float); for int dtypes they are floored. */
    public static Array linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        return CreationRoutines.linspace(start, stop, num, endpoint, dtype);
    }

    /** {@code jnp.zeros(shape)}: float32 zeros ({@code zeros()} is a 0-d array). */
    public static Array zeros(int... shape) { return CreationRoutines.zeros(shape, null); }

    /** {@code jnp.zeros(shape, dtype)}: zeros of {@code dtype}; null means the default float type. */
    public static Array zeros(int[] shape, DType dtype) { return CreationRoutines.zeros(shape, dtype); }

    /** {@code jnp.zeros(shape, dtype)} with the dtype first, so the shape can be written out: {@code zeros(INT32, 2, 3)}. */
    public static Array zeros(DType dtype, int... shape) { return CreationRoutines.zeros(shape, dtype); }

    /** {@code jnp.ones(shape)}: float32 ones ({@code ones()} is a 0-d array). */
    public static Array ones(int... shape) { return CreationRoutines.ones(shape, null); }

    /** {@code jnp.ones(shape, dtype)}: ones of {@code dtype}; null means the default float type. */
    public static Array ones(int[] shape, DType dtype) { return CreationRoutines.ones(shape, dtype); }

    /** {@code jnp.ones(shape, dtype)} with the dtype first, so the shape can be written out: {@code ones(INT32, 2, 3)}. */
    public static Array ones(DType dtype, int... shape) { return CreationRoutines.ones(shape, dtype); }

    /** {@code jnp.full(shape, value)}: weak-typed when {@code value} is a Java number, as in JAX. */
    public static Array full(int[] shape, Object fillValue) { return CreationRoutines.full(shape, fillValue, null); }

    /**
     * {@code jnp.full(shape, fillValue, dtype)}: {@code fillValue} as a strong {@code dtype},
     * broadcast to {@code shape}; a null {@code dtype} is {@link #full(int[], Object)}.
     */
    public static Array full(int[] shape, Object fillValue, DType dtype) { return CreationRoutines.full(shape, fillValue, dtype); }

    /** {@code jnp.eye(n)}: the n×n float32 identity. */
    public static Array eye(int n) { return CreationRoutines.eye(n, n, 0, null); }

    /** {@code jnp.eye(n, m)}: an n×m float32 array with ones on the main diagonal. */
    public static Array eye(int n, int m) { return CreationRoutines.eye(n, m, 0, null); }

    /** {@code jnp.eye(n, m, k)}: ones on the k-th diagonal (k > 0 above the main one). */
    public static Array eye(int n, int m, int k) { return CreationRoutines.eye(n, m, k, null); }

    /** {@code jnp.eye(n, m, k, dtype)}: ones on the k-th diagonal, of {@code dtype} (null means the default float). */
    public static Array eye(int n, int m, int k, DType dtype) { return CreationRoutines.eye(n, m, k, dtype); }

    /** {@code jnp.zeros_like(x)}: the shape, dtype and weak type of {@code x}. */
    public static Array zerosLike(Object x) { return CreationRoutines.fullLike(x, 0, null); }

    /** {@code jnp.zeros_like(x, dtype=dtype)}: zeros with the shape of {@code x}, of {@code dtype} (strong); null keeps {@code x}'s dtype. */
    public static Array zerosLike(Object x, DType dtype) { return CreationRoutines.fullLike(x, 0, dtype); }

    /** {@code jnp.ones_like(x)}: ones with the shape, dtype and weak type of {@code x}. */
    public static Array onesLike(Object x) { return CreationRoutines.fullLike(x, 1, null); }

    /** {@code jnp.ones_like(x, dtype=dtype)}: ones with the shape of {@code x}, of {@code dtype} (strong); null keeps {@code x}'s dtype. */
    public static Array onesLike(Object x, DType dtype) { return CreationRoutines.fullLike(x, 1, dtype); }

    /** {@code jnp.full_like(x, fillValue)}: {@code fillValue} in the shape, dtype and weak type of {@code x}; an array fill value is broadcast. */
    public static Array fullLike(Object x, Object fillValue) { return CreationRoutines.fullLike(x, fillValue, null); }

    /** {@code jnp.full_like(x, fillValue, dtype=dtype)}: the shape of {@code x}, values of {@code dtype} (strong); null keeps {@code x}'s dtype. */
    public static Array fullLike(Object x, Object fillValue, DType dtype) { return CreationRoutines.fullLike(x, fillValue, dtype); }

    // ==== end creation ========================================================================

    // ==== reductions, linear algebra, shape and joining, where/clip, more math (helper B) ======

    // -- reductions: axes null = all axes, negative axes count from the end --

    /** {@code jnp.sum(x)}: the sum of all elements, a 0-d array ({@code reduce_sum}); bools are summed as the default int. */
    public static Array sum(Object x) { return Reductions.sum(x, null, false); }
    /** {@code jnp.sum(x, axis)}: sums over {@code axes}, which are removed from the shape; bools are summed as the default int. */
    public static Array sum(Object x, int... axes) { return Reductions.sum(x, axes, false); }
    /** {@code jnp.sum(x, axis, keepdims=keepdims)}: with {@code keepdims} the summed axis stays, with size 1. */
    public static Array sum(Object x, int axis, boolean keepdims) { return Reductions.sum(x, new int[] {axis}, keepdims); }
    /** {@code jnp.sum(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} the summed axes stay, with size 1. */
    public static Array sum(Object x, int[] axes, boolean keepdims) { return Reductions.sum(x, axes, keepdims); }
    /** {@code jnp.sum(x, axis, dtype=dtype)}: accumulates in {@code dtype}. */
    public static Array sum(Object x, int[] axes, boolean keepdims, DType dtype) { return Reductions.sum(x, axes, keepdims, dtype); }
    /** {@code jnp.mean(x)}: the average of all elements, in a float type (ints are averaged in the default float type). */
    public static Array mean(Object x) { return Reductions.mean(x, null, false); }
    /**
     * {@code jnp.mean(x, axis)}: averages over {@code axes}, which are removed; a {@code
     * reduce_sum} then a {@code div} by the count, in a float type.
     */
    public static Array mean(Object x, int... axes) { return Reductions.mean(x, axes, false); }
    /** {@code jnp.mean(x, axis, keepdims=keepdims)}: with {@code keepdims} the averaged axis stays, with size 1. */
    public static Array mean(Object x, int axis, boolean keepdims) { return Reductions.mean(x, new int[] {axis}, keepdims); }
    /** {@code jnp.mean(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} they stay, with size 1. */
    public static Array mean(Object x, int[] axes, boolean keepdims) { return Reductions.mean(x, axes, keepdims); }
    /** {@code jnp.max(x)}: the largest element, a 0-d array ({@code reduce_max}); an empty {@code x} raises numpy's error. */
    public static Array max(Object x) { return Reductions.max(x, null, false); }
    /** {@code jnp.max(x, axis)}: the maximum over {@code axes}, which are removed from the shape. */
    public static Array max(Object x, int... axes) { return Reductions.max(x, axes, false); }
    /** {@code jnp.max(x, axis, keepdims=keepdims)}: with {@code keepdims} the reduced axis stays, with size 1. */
    public static Array max(Object x, int axis, boolean keepdims) { return Reductions.max(x, new int[] {axis}, keepdims); }
    /** {@code jnp.max(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} they stay, with size 1. */
    public static Array max(Object x, int[] axes, boolean keepdims) { return Reductions.max(x, axes, keepdims); }
    /** {@code jnp.min(x)}: the smallest element, a 0-d array ({@code reduce_min}); an empty {@code x} raises numpy's error. */
    public static Array min(Object x) { return Reductions.min(x, null, false); }
    /** {@code jnp.min(x, axis)}: the minimum over {@code axes}, which are removed from the shape. */
    public static Array min(Object x, int... axes) { return Reductions.min(x, axes, false); }
    /** {@code jnp.min(x, axis, keepdims=keepdims)}: with {@code keepdims} the reduced axis stays, with size 1. */
    public static Array min(Object x, int axis, boolean keepdims) { return Reductions.min(x, new int[] {axis}, keepdims); }
    /** {@code jnp.min(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} they stay, with size 1. */
    public static Array min(Object x, int[] axes, boolean keepdims) { return Reductions.min(x, axes, keepdims); }
    /** {@code jnp.prod(x)}: the product of all elements, a 0-d array ({@code reduce_prod}); bools multiply as the default int. */
    public static Array prod(Object x) { return Reductions.prod(x, null, false); }
    /** {@code jnp.prod(x, axis)}: the product over {@code axes}, which are removed from the shape. */
    public static Array prod(Object x, int... axes) { return Reductions.prod(x, axes, false); }
    /** {@code jnp.prod(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} they stay, with size 1. */
    public static Array prod(Object x, int[] axes, boolean keepdims) { return Reductions.prod(x, axes, keepdims); }
    /** {@code jnp.all(x)}: whether every element is true (non-zero), a 0-d bool ({@code reduce_and} after a cast to bool). */
    public static Array all(Object x) { return Reductions.all(x, null, false); }
    /** {@code jnp.all(x, axis)}: whether every element along {@code axes} is true; the axes are removed. */
    public static Array all(Object x, int... axes) { return Reductions.all(x, axes, false); }
    /** {@code jnp.all(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} they stay, with size 1. */
    public static Array all(Object x, int[] axes, boolean keepdims) { return Reductions.all(x, axes, keepdims); }
    /** {@code jnp.any(x)}: whether some element is true (non-zero), a 0-d bool ({@code reduce_or} after a cast to bool). */
    public static Array any(Object x) { return Reductions.any(x, null, false); }
    /** {@code jnp.any(x, axis)}: whether some element along {@code axes} is true; the axes are removed. */
    public static Array any(Object x, int... axes) { return Reductions.any(x, axes, false); }
    /** {@code jnp.any(x, axes, keepdims=keepdims)}: {@code axes} null means all; with {@code keepdims} they stay, with size 1. */
    public static Array any(Object x, int[] axes, boolean keepdims) { return Reductions.any(x, axes, keepdims); }
    /** {@code jnp.argmax(x)}: the flat index of the first maximum. */
    public static Array argmax(Object x) { return Reductions.argmax(x, null, false); }
    /** {@code jnp.argmax(x, axis)}: the index of the first maximum along {@code axis}, as the default int type ({@code argmax}). */
    public static Array argmax(Object x, int axis) { return Reductions.argmax(x, axis, false); }
    /** {@code axis} may be null (flattened). */
    public static Array argmax(Object x, Integer axis, boolean keepdims) { return Reductions.argmax(x, axis, keepdims); }
    /** {@code jnp.argmin(x)}: the flat index of the first minimum. */
    public static Array argmin(Object x) { return Reductions.argmin(x, null, false); }
    /** {@code jnp.argmin(x, axis)}: the index of the first minimum along {@code axis}, as the default int type ({@code argmin}). */
    public static Array argmin(Object x, int axis) { return Reductions.argmin(x, axis, false); }
    /** {@code jnp.argmin(x, axis, keepdims=keepdims)}: {@code axis} may be null (flattened). */
    public static Array argmin(Object x, Integer axis, boolean keepdims) { return Reductions.argmin(x, axis, keepdims); }

    // -- linear algebra --

    /**
     * {@code jnp.dot}: contracts the last axis of {@code a} with the second-to-last of {@code b}
     * (its only one when 1-D); a 0-d operand multiplies. One {@code dot_general} in the promoted
     * dtype.
     */
    public static Array dot(Object a, Object b) { return LinearAlgebra.dot(a, b); }
    /** {@code jnp.matmul}, {@code a @ b}: matrix product over the last two axes, leading axes broadcast as batch axes; 1-D operands are vectors. */
    public static Array matmul(Object a, Object b) { return LinearAlgebra.matmul(a, b); }
    /** {@code jnp.tensordot(a, b, axes)}: contracts the last {@code axes} axes of {@code a} with the first {@code axes} of {@code b}. */
    public static Array tensordot(Object a, Object b, int axes) { return LinearAlgebra.tensordot(a, b, axes); }
    /**
     * {@code jnp.tensordot(a, b, (axesA, axesB))}: contracts {@code axesA[i]} of {@code a} with
     * {@code axesB[i]} of {@code b}; negative axes count from the end.
     */
    public static Array tensordot(Object a, Object b, int[] axesA, int[] axesB) { return LinearAlgebra.tensordot(a, b, axesA, axesB); }
    /** {@code jnp.inner}: contracts the last axis of {@code a} with the last of {@code b}; a 0-d operand multiplies. */
    public static Array inner(Object a, Object b) { return LinearAlgebra.inner(a, b); }
    /** {@code jnp.outer}: {@code a[i] * b[j]} for the flattened operands, a 2-D array. */
    public static Array outer(Object a, Object b) { return LinearAlgebra.outer(a, b); }
    /** {@code jnp.einsum("ij,jk->ik", a, b)}; no ellipses or repeated indices within one operand. */
    public static Array einsum(String spec, Object... operands) { return Einsum.einsum(spec, operands); }

    // -- shape --

    /** One size may be {@code -1}. */
    public static Array reshape(Object x, int... newShape) { return ShapeOps.reshape(x, newShape); }
    /** Reverses the axes. */
    public static Array transpose(Object x) { return ShapeOps.transpose(x); }
    /** {@code jnp.transpose(x, axes)}: result axis {@code i} is axis {@code axes[i]} of {@code x}; negative axes count from the end. */
    public static Array transpose(Object x, int... axes) { return ShapeOps.transpose(x, axes); }
    /** {@code jnp.swapaxes}: {@code x} with two axes exchanged (a {@code transpose}). */
    public static Array swapaxes(Object x, int axis1, int axis2) { return ShapeOps.swapaxes(x, axis1, axis2); }
    /** {@code jnp.moveaxis}: axis {@code source} moved to position {@code destination}; the other axes keep their order. */
    public static Array moveaxis(Object x, int source, int destination) { return ShapeOps.moveaxis(x, source, destination); }
    /** {@code jnp.moveaxis} of several axes: each {@code source[i]} moves to {@code destination[i]}; the others keep their order. */
    public static Array moveaxis(Object x, int[] source, int[] destination) { return ShapeOps.moveaxis(x, source, destination); }
    /** Removes every size-1 axis. */
    public static Array squeeze(Object x) { return ShapeOps.squeeze(x); }
    /** {@code jnp.squeeze(x, axis)}: removes the given axes, which must have size 1. */
    public static Array squeeze(Object x, int... axes) { return ShapeOps.squeeze(x, axes); }
    /** {@code jnp.expand_dims}: inserts size-1 axes at positions {@code axes} of the result (a {@code broadcast_in_dim}). */
    public static Array expandDims(Object x, int... axes) { return ShapeOps.expandDims(x, axes); }
    /** {@code jnp.ravel}: the elements as a 1-D array, in row-major order (a {@code reshape}). */
    public static Array ravel(Object x) { return ShapeOps.ravel(x); }
    /** {@code jnp.broadcast_to}: {@code x} broadcast to {@code shape} by numpy's rules (trailing axes line up, size-1 axes stretch). */
    public static Array broadcastTo(Object x, int... shape) { return ShapeOps.broadcastTo(x, shape); }

    // -- joining --

    /** {@code jnp.stack}: arrays of one shape joined along a new leading axis; dtypes are promoted. */
    public static Array stack(Array... arrays) { return Joining.stack(List.of(arrays), 0); }
    /** {@code jnp.stack} of a list (arrays or Java scalars) along a new leading axis. */
    public static Array stack(List<?> arrays) { return Joining.stack(arrays, 0); }
    /** {@code jnp.stack(arrays, axis)}: joined along a new axis at position {@code axis} of the result. */
    public static Array stack(List<?> arrays, int axis) { return Joining.stack(arrays, axis); }
    /** {@code jnp.concatenate}: arrays joined along their existing axis 0; dtypes are promoted. */
    public static Array concatenate(Array... arrays) { return Joining.concatenate(List.of(arrays), 0); }
    /** {@code jnp.concatenate} of a list, along axis 0. */
    public static Array concatenate(List<?> arrays) { return Joining.concatenate(arrays, 0); }
    /** {@code jnp.concatenate(arrays, axis)}: joined along {@code axis}; the other sizes must agree. */
    public static Array concatenate(List<?> arrays, int axis) { return Joining.concatenate(arrays, axis); }
    /** {@code sections} equal pieces along axis 0. */
    public static List<Array> split(Object x, int sections) { return Joining.split(x, sections, 0); }
    /** {@code jnp.split(x, sections, axis)}: {@code sections} equal pieces along {@code axis}; the size must divide evenly. */
    public static List<Array> split(Object x, int sections, int axis) { return Joining.split(x, sections, axis); }
    /** Pieces cut at {@code indices} along axis 0. */
    public static List<Array> split(Object x, int[] indices) { return Joining.split(x, indices, 0); }
    /** {@code jnp.split(x, indices, axis)}: pieces {@code [0, i)}, {@code [i, j)}, …, {@code [last, size)} along {@code axis}. */
    public static List<Array> split(Object x, int[] indices, int axis) { return Joining.split(x, indices, axis); }

    // -- where, clip, closeness --

    /** {@code x} where {@code condition}, else {@code y}. */
    public static Array where(Object condition, Object x, Object y) { return Selection.where(condition, x, y); }
    /** Either bound may be null. */
    public static Array clip(Object x, Object min, Object max) { return Selection.clip(x, min, max); }
    /** {@code jnp.isclose}: elementwise {@code |a - b| <= 1e-8 + 1e-5 * |b|}; infs are close only to equal infs, NaN to nothing. */
    public static Array isclose(Object a, Object b) { return Selection.isclose(a, b, 1e-5, 1e-8, false); }
    /** {@code jnp.isclose(a, b, rtol, atol, equal_nan)}: {@code |a - b| <= atol + rtol * |b|}; with {@code equalNan} two NaNs are close. */
    public static Array isclose(Object a, Object b, double rtol, double atol, boolean equalNan) { return Selection.isclose(a, b, rtol, atol, equalNan); }
    /** {@code jnp.allclose}: a 0-d bool, whether {@link #isclose(Object, Object)} holds for every element. */
    public static Array allclose(Object a, Object b) { return Selection.allclose(a, b, 1e-5, 1e-8, false); }
    /** {@code jnp.allclose(a, b, rtol, atol, equal_nan)}: {@code all(isclose(…))} with these tolerances. */
    public static Array allclose(Object a, Object b, double rtol, double atol, boolean equalNan) { return Selection.allclose(a, b, rtol, atol, equalNan); }
    /** {@code jnp.array_equal}: a 0-d bool, false when the shapes differ, else whether all elements are equal (NaN is unequal to itself). */
    public static Array arrayEqual(Object a, Object b) { return Selection.arrayEqual(a, b, false); }
    /** {@code jnp.array_equal(a, b, equal_nan)}: with {@code equalNan}, NaNs in the same places count as equal. */
    public static Array arrayEqual(Object a, Object b, boolean equalNan) { return Selection.arrayEqual(a, b, equalNan); }

    // -- more elementwise math --

    /** {@code jnp.abs}: the absolute value of each element ({@code abs}), dtype kept; bools are returned unchanged. */
    public static Array abs(Object x) { return ElementwiseMath.abs(x); }
    /** {@code jnp.absolute}: the same as {@link #abs(Object)}. */
    public static Array absolute(Object x) { return ElementwiseMath.abs(x); }
    /** {@code jnp.sign}: -1, 0 or 1 for each element, in its dtype ({@code sign}). */
    public static Array sign(Object x) { return ElementwiseMath.sign(x); }
    /** {@code jnp.floor}: each element rounded down ({@code floor}); ints and bools are returned unchanged. */
    public static Array floor(Object x) { return ElementwiseMath.floor(x); }
    /** {@code jnp.ceil}: each element rounded up ({@code ceil}); ints and bools are returned unchanged. */
    public static Array ceil(Object x) { return ElementwiseMath.ceil(x); }
    /** Rounds half to even, as numpy. */
    public static Array round(Object x) { return ElementwiseMath.round(x, 0); }
    /** {@code jnp.round(x, decimals)}: rounds half to even at {@code decimals} places (scaling by {@code 10^decimals}); ints are unchanged. */
    public static Array round(Object x, int decimals) { return ElementwiseMath.round(x, decimals); }
    /** {@code jnp.square}: {@code x * x} ({@code square}), dtype kept; bools compute as the default int. */
    public static Array square(Object x) { return ElementwiseMath.square(x); }
    /** {@code jnp.reciprocal}: {@code 1 / x} as {@code integer_pow[y=-1]}; ints and bools are computed in the default float type. */
    public static Array reciprocal(Object x) { return ElementwiseMath.reciprocal(x); }
    /** {@code jax.nn.sigmoid}: the logistic function. */
    public static Array sigmoid(Object x) { return ElementwiseMath.sigmoid(x); }
    /** {@code jnp.logical_and}: a bool array, true where both are non-zero. */
    public static Array logicalAnd(Object x, Object y) { return ElementwiseMath.logicalAnd(x, y); }
    /** {@code jnp.logical_or}: a bool array, true where either is non-zero. */
    public static Array logicalOr(Object x, Object y) { return ElementwiseMath.logicalOr(x, y); }
    /** {@code jnp.logical_xor}: a bool array, true where exactly one is non-zero. */
    public static Array logicalXor(Object x, Object y) { return ElementwiseMath.logicalXor(x, y); }
    /** {@code jnp.logical_not}: a bool array, true where {@code x} is zero (or false). */
    public static Array logicalNot(Object x) { return ElementwiseMath.logicalNot(x); }
    /** {@code jnp.bitwise_and}, {@code x & y}: for ints and bools, after promotion ({@code and}). */
    public static Array bitwiseAnd(Object x, Object y) { return ElementwiseMath.bitwiseAnd(x, y); }
    /** {@code jnp.bitwise_or}, {@code x | y}: for ints and bools, after promotion ({@code or}). */
    public static Array bitwiseOr(Object x, Object y) { return ElementwiseMath.bitwiseOr(x, y); }
    /** {@code jnp.bitwise_xor}, {@code x ^ y}: for ints and bools, after promotion ({@code xor}). */
    public static Array bitwiseXor(Object x, Object y) { return ElementwiseMath.bitwiseXor(x, y); }
    /** {@code jnp.bitwise_not}, {@code ~x}: flips every bit of an int, negates a bool ({@code not}). */
    public static Array bitwiseNot(Object x) { return ElementwiseMath.bitwiseNot(x); }
    /** {@code jnp.invert}: the same as {@link #bitwiseNot(Object)}. */
    public static Array invert(Object x) { return ElementwiseMath.bitwiseNot(x); }
    /** numpy's {@code %}: the result takes the divisor's sign. */
    public static Array remainder(Object x, Object y) { return ElementwiseMath.remainder(x, y); }
    /** {@code jnp.mod}: the same as {@link #remainder(Object, Object)}. */
    public static Array mod(Object x, Object y) { return ElementwiseMath.remainder(x, y); }
    /** numpy's {@code //}. */
    public static Array floorDivide(Object x, Object y) { return ElementwiseMath.floorDivide(x, y); }
    /** {@code jnp.isfinite}: a bool array, false at infs and NaNs ({@code is_finite}); all true for ints and bools. */
    public static Array isfinite(Object x) { return ElementwiseMath.isfinite(x); }
    /** {@code jnp.isinf}: a bool array, true at positive and negative infinity; all false for ints and bools. */
    public static Array isinf(Object x) { return ElementwiseMath.isinf(x); }
    /** {@code jnp.isnan}: a bool array, true at NaNs (computed as {@code x != x}); all false for ints and bools. */
    public static Array isnan(Object x) { return ElementwiseMath.isnan(x); }

    // ==== end reductions… =====================================================================

    // ==== indexing and convolution (helper C) ==================================================

    /** {@code jnp.convolve(a, v)}: the full discrete linear convolution of two 1-D arrays, computed in a float type. */
    public static Array convolve(Object a, Object v) { return convolve(a, v, "full"); }

    /** {@code jnp.convolve(a, v, mode)} with {@code mode} {@code "full"}, {@code "same"} or {@code "valid"}. */
    public static Array convolve(Object a, Object v, String mode) { return org.jaxpresso.numpy.Convolution.convolve(a, v, mode); }

    /** {@code jnp.flip(m)}: reverses every axis ({@code rev}, inside JAX's nested {@code flip}/{@code _flip} jits). */
    public static Array flip(Object m) { return org.jaxpresso.numpy.Convolution.flip(m, null); }

    /** {@code jnp.flip(m, axis)}: reverses the given axes (negative axes count from the end). */
    public static Array flip(Object m, int... axes) { return org.jaxpresso.numpy.Convolution.flip(m, axes); }

    /** {@code jnp.take(a, indices)}: elements of the flattened {@code a}; out-of-bounds indices give the fill value (NaN for floats). */
    public static Array take(Object a, Object indices) {
        Array x = Promotion.asArray(a);
        return org.jaxpresso.numpy.Take.take(x.ndim() == 1 ? x : Lax.reshape(x, x.size()), indices, 0);
    }

    /** {@code jnp.take(a, indices, axis)}: slices of {@code a} along {@code axis} at {@code indices}. */
    public static Array take(Object a, Object indices, int axis) { return org.jaxpresso.numpy.Take.take(Promotion.asArray(a), indices, axis); }

    // ==== end indexing ========================================================================
}
