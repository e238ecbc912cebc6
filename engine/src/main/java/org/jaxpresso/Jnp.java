package org.jaxpresso;

import java.util.List;
import org.jaxpresso.numpy.Promotion;

/**
 * {@code jax.numpy} in Java: numpy's broadcasting and JAX's type promotion, then {@link Lax},
 * emitting the same primitives JAX's {@code jnp} emits. Names are numpy's in camelCase.
 * Arguments typed {@code Object} take an {@link Array} or a Java scalar (weak-typed).
 */
public final class Jnp {
    private Jnp() {}

    // ---- elementwise arithmetic --------------------------------------------------------------

    public static Array add(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return a.get(0).dtype() == DType.BOOL ? Lax.bitwiseOr(a.get(0), a.get(1)) : Lax.add(a.get(0), a.get(1));
    }

    public static Array subtract(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        if (a.get(0).dtype() == DType.BOOL) {
            throw new DTypeException("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
        }
        return Lax.sub(a.get(0), a.get(1));
    }

    public static Array multiply(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return a.get(0).dtype() == DType.BOOL ? Lax.bitwiseAnd(a.get(0), a.get(1)) : Lax.mul(a.get(0), a.get(1));
    }

    /** True division: ints and bools are converted to float first, as {@code jnp.true_divide}. */
    public static Array divide(Object x, Object y) {
        List<Array> a = Promotion.promoteArgsInexact(x, y);
        return Lax.div(a.get(0), a.get(1));
    }

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

    public static Array negative(Object x) { return Lax.neg(Promotion.asArray(x)); }

    public static Array maximum(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.max(a.get(0), a.get(1));
    }

    public static Array minimum(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.min(a.get(0), a.get(1));
    }

    // ---- comparisons ---------------------------------------------------------------------------

    public static Array equal(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.eq(a.get(0), a.get(1)); }
    public static Array notEqual(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.ne(a.get(0), a.get(1)); }
    public static Array less(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.lt(a.get(0), a.get(1)); }
    public static Array lessEqual(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.le(a.get(0), a.get(1)); }
    public static Array greater(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.gt(a.get(0), a.get(1)); }
    public static Array greaterEqual(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.ge(a.get(0), a.get(1)); }

    // ---- elementwise math (ints are computed in the default float type) -----------------------

    private static Array inexact(Object x) { return Promotion.promoteArgsInexact(x).getFirst(); }

    public static Array exp(Object x) { return Lax.exp(inexact(x)); }
    public static Array exp2(Object x) { return Lax.exp2(inexact(x)); }
    public static Array log(Object x) { return Lax.log(inexact(x)); }
    public static Array log1p(Object x) { return Lax.log1p(inexact(x)); }
    public static Array expm1(Object x) { return Lax.expm1(inexact(x)); }
    public static Array tanh(Object x) { return Lax.tanh(inexact(x)); }
    public static Array sin(Object x) { return Lax.sin(inexact(x)); }
    public static Array cos(Object x) { return Lax.cos(inexact(x)); }
    public static Array tan(Object x) { return Lax.tan(inexact(x)); }
    public static Array arcsin(Object x) { return Lax.asin(inexact(x)); }
    public static Array arccos(Object x) { return Lax.acos(inexact(x)); }
    public static Array arctan(Object x) { return Lax.atan(inexact(x)); }
    public static Array sinh(Object x) { return Lax.sinh(inexact(x)); }
    public static Array cosh(Object x) { return Lax.cosh(inexact(x)); }
    public static Array arcsinh(Object x) { return Lax.asinh(inexact(x)); }
    public static Array arccosh(Object x) { return Lax.acosh(inexact(x)); }
    public static Array arctanh(Object x) { return Lax.atanh(inexact(x)); }
    public static Array sqrt(Object x) { return Lax.sqrt(inexact(x)); }
    public static Array cbrt(Object x) { return Lax.cbrt(inexact(x)); }
    public static Array arctan2(Object x, Object y) { List<Array> a = Promotion.promoteArgsInexact(x, y); return Lax.atan2(a.get(0), a.get(1)); }

    /** {@code x.astype(t)}: {@code convert_element_type} unless the dtype is already {@code t}. */
    public static Array astype(Array x, DType t) {
        DType target = Config.get().canonicalize(t);
        return x.dtype() == target ? x : Lax.convertElementType(x, target, false);
    }

    // ==== creation (helper D) =================================================================

    // ==== end creation ========================================================================

    // ==== reductions, linear algebra, shape and joining, where/clip, more math (helper B) ======

    // ==== end reductions… =====================================================================

    // ==== indexing and convolution (helper C) ==================================================

    /** {@code jnp.convolve(a, v)}: the full discrete linear convolution of two 1-D arrays, computed in a float type. */
    public static Array convolve(Object a, Object v) { return convolve(a, v, "full"); }

    /** {@code jnp.convolve(a, v, mode)} with {@code mode} {@code "full"}, {@code "same"} or {@code "valid"}. */
    public static Array convolve(Object a, Object v, String mode) { return org.jaxpresso.numpy.Convolution.convolve(a, v, mode); }

    /** {@code jnp.flip(m)}: reverses every axis ({@code rev}). */
    public static Array flip(Object m) {
        Array x = Promotion.asArray(m);
        return Lax.rev(x, org.jaxpresso.core.IntTuple.range(x.ndim()).toArray());
    }

    /** {@code jnp.flip(m, axis)}: reverses the given axes (negative axes count from the end). */
    public static Array flip(Object m, int... axes) {
        Array x = Promotion.asArray(m);
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) dims[i] = x.shape().axis(axes[i]);
        return Lax.rev(x, dims);
    }

    /** {@code jnp.take(a, indices)}: elements of the flattened {@code a}; out-of-bounds indices give the fill value (NaN for floats). */
    public static Array take(Object a, Object indices) {
        Array x = Promotion.asArray(a);
        return org.jaxpresso.numpy.Take.take(x.ndim() == 1 ? x : Lax.reshape(x, x.size()), indices, 0);
    }

    /** {@code jnp.take(a, indices, axis)}: slices of {@code a} along {@code axis} at {@code indices}. */
    public static Array take(Object a, Object indices, int axis) { return org.jaxpresso.numpy.Take.take(Promotion.asArray(a), indices, axis); }

    // ==== end indexing ========================================================================
}
