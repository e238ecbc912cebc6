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

    public static Array asarray(Object object, DType dtype) { return ArrayCreation.asarray(object, dtype); }

    /** {@code jnp.arange(stop)}: {@code 0, 1, …, stop-1} as int32 (an {@code iota} under a transformation). */
    public static Array arange(int stop) { return CreationRoutines.arange(stop, null, null, null); }

    /** {@code jnp.arange(stop)} for a float stop: float32 values {@code 0., 1., …}. */
    public static Array arange(double stop) { return CreationRoutines.arange(stop, null, null, null); }

    public static Array arange(int start, int stop) { return CreationRoutines.arange(start, stop, null, null); }

    /** Any double argument makes the result float32, as in numpy. */
    public static Array arange(double start, double stop) { return CreationRoutines.arange(start, stop, null, null); }

    public static Array arange(int start, int stop, int step) { return CreationRoutines.arange(start, stop, step, null); }

    public static Array arange(double start, double stop, double step) { return CreationRoutines.arange(start, stop, step, null); }

    /** {@code jnp.arange(start, stop, step, dtype)}; {@code stop}, {@code step}, {@code dtype} may be null. */
    public static Array arange(Number start, Number stop, Number step, DType dtype) { return CreationRoutines.arange(start, stop, step, dtype); }

    /** {@code jnp.linspace(start, stop, num)}: {@code num} evenly spaced float32 values, both ends included. */
    public static Array linspace(double start, double stop, int num) { return CreationRoutines.linspace(start, stop, num, true, null); }

    public static Array linspace(double start, double stop, int num, boolean endpoint) { return CreationRoutines.linspace(start, stop, num, endpoint, null); }

    public static Array linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        return CreationRoutines.linspace(start, stop, num, endpoint, dtype);
    }

    /** {@code jnp.zeros(shape)}: float32 zeros ({@code zeros()} is a 0-d array). */
    public static Array zeros(int... shape) { return CreationRoutines.zeros(shape, null); }

    public static Array zeros(int[] shape, DType dtype) { return CreationRoutines.zeros(shape, dtype); }

    public static Array zeros(DType dtype, int... shape) { return CreationRoutines.zeros(shape, dtype); }

    public static Array ones(int... shape) { return CreationRoutines.ones(shape, null); }

    public static Array ones(int[] shape, DType dtype) { return CreationRoutines.ones(shape, dtype); }

    public static Array ones(DType dtype, int... shape) { return CreationRoutines.ones(shape, dtype); }

    /** {@code jnp.full(shape, value)}: weak-typed when {@code value} is a Java number, as in JAX. */
    public static Array full(int[] shape, Object fillValue) { return CreationRoutines.full(shape, fillValue, null); }

    public static Array full(int[] shape, Object fillValue, DType dtype) { return CreationRoutines.full(shape, fillValue, dtype); }

    /** {@code jnp.eye(n)}: the n×n float32 identity. */
    public static Array eye(int n) { return CreationRoutines.eye(n, n, 0, null); }

    public static Array eye(int n, int m) { return CreationRoutines.eye(n, m, 0, null); }

    /** {@code jnp.eye(n, m, k)}: ones on the k-th diagonal (k > 0 above the main one). */
    public static Array eye(int n, int m, int k) { return CreationRoutines.eye(n, m, k, null); }

    public static Array eye(int n, int m, int k, DType dtype) { return CreationRoutines.eye(n, m, k, dtype); }

    /** {@code jnp.zeros_like(x)}: the shape, dtype and weak type of {@code x}. */
    public static Array zerosLike(Object x) { return CreationRoutines.fullLike(x, 0, null); }

    public static Array zerosLike(Object x, DType dtype) { return CreationRoutines.fullLike(x, 0, dtype); }

    public static Array onesLike(Object x) { return CreationRoutines.fullLike(x, 1, null); }

    public static Array onesLike(Object x, DType dtype) { return CreationRoutines.fullLike(x, 1, dtype); }

    public static Array fullLike(Object x, Object fillValue) { return CreationRoutines.fullLike(x, fillValue, null); }

    public static Array fullLike(Object x, Object fillValue, DType dtype) { return CreationRoutines.fullLike(x, fillValue, dtype); }

    // ==== end creation ========================================================================

    // ==== reductions, linear algebra, shape and joining, where/clip, more math (helper B) ======

    // -- reductions: axes null = all axes, negative axes count from the end --

    public static Array sum(Object x) { return Reductions.sum(x, null, false); }
    public static Array sum(Object x, int... axes) { return Reductions.sum(x, axes, false); }
    public static Array sum(Object x, int axis, boolean keepdims) { return Reductions.sum(x, new int[] {axis}, keepdims); }
    public static Array sum(Object x, int[] axes, boolean keepdims) { return Reductions.sum(x, axes, keepdims); }
    /** {@code jnp.sum(x, axis, dtype=dtype)}: accumulates in {@code dtype}. */
    public static Array sum(Object x, int[] axes, boolean keepdims, DType dtype) { return Reductions.sum(x, axes, keepdims, dtype); }
    public static Array mean(Object x) { return Reductions.mean(x, null, false); }
    public static Array mean(Object x, int... axes) { return Reductions.mean(x, axes, false); }
    public static Array mean(Object x, int axis, boolean keepdims) { return Reductions.mean(x, new int[] {axis}, keepdims); }
    public static Array mean(Object x, int[] axes, boolean keepdims) { return Reductions.mean(x, axes, keepdims); }
    public static Array max(Object x) { return Reductions.max(x, null, false); }
    public static Array max(Object x, int... axes) { return Reductions.max(x, axes, false); }
    public static Array max(Object x, int axis, boolean keepdims) { return Reductions.max(x, new int[] {axis}, keepdims); }
    public static Array max(Object x, int[] axes, boolean keepdims) { return Reductions.max(x, axes, keepdims); }
    public static Array min(Object x) { return Reductions.min(x, null, false); }
    public static Array min(Object x, int... axes) { return Reductions.min(x, axes, false); }
    public static Array min(Object x, int axis, boolean keepdims) { return Reductions.min(x, new int[] {axis}, keepdims); }
    public static Array min(Object x, int[] axes, boolean keepdims) { return Reductions.min(x, axes, keepdims); }
    public static Array prod(Object x) { return Reductions.prod(x, null, false); }
    public static Array prod(Object x, int... axes) { return Reductions.prod(x, axes, false); }
    public static Array prod(Object x, int[] axes, boolean keepdims) { return Reductions.prod(x, axes, keepdims); }
    public static Array all(Object x) { return Reductions.all(x, null, false); }
    public static Array all(Object x, int... axes) { return Reductions.all(x, axes, false); }
    public static Array all(Object x, int[] axes, boolean keepdims) { return Reductions.all(x, axes, keepdims); }
    public static Array any(Object x) { return Reductions.any(x, null, false); }
    public static Array any(Object x, int... axes) { return Reductions.any(x, axes, false); }
    public static Array any(Object x, int[] axes, boolean keepdims) { return Reductions.any(x, axes, keepdims); }
    /** {@code jnp.argmax(x)}: the flat index of the first maximum. */
    public static Array argmax(Object x) { return Reductions.argmax(x, null, false); }
    public static Array argmax(Object x, int axis) { return Reductions.argmax(x, axis, false); }
    /** {@code axis} may be null (flattened). */
    public static Array argmax(Object x, Integer axis, boolean keepdims) { return Reductions.argmax(x, axis, keepdims); }
    public static Array argmin(Object x) { return Reductions.argmin(x, null, false); }
    public static Array argmin(Object x, int axis) { return Reductions.argmin(x, axis, false); }
    public static Array argmin(Object x, Integer axis, boolean keepdims) { return Reductions.argmin(x, axis, keepdims); }

    // -- linear algebra --

    public static Array dot(Object a, Object b) { return LinearAlgebra.dot(a, b); }
    public static Array matmul(Object a, Object b) { return LinearAlgebra.matmul(a, b); }
    public static Array tensordot(Object a, Object b, int axes) { return LinearAlgebra.tensordot(a, b, axes); }
    public static Array tensordot(Object a, Object b, int[] axesA, int[] axesB) { return LinearAlgebra.tensordot(a, b, axesA, axesB); }
    public static Array inner(Object a, Object b) { return LinearAlgebra.inner(a, b); }
    public static Array outer(Object a, Object b) { return LinearAlgebra.outer(a, b); }
    /** {@code jnp.einsum("ij,jk->ik", a, b)}; no ellipses or repeated indices within one operand. */
    public static Array einsum(String spec, Object... operands) { return Einsum.einsum(spec, operands); }

    // -- shape --

    /** One size may be {@code -1}. */
    public static Array reshape(Object x, int... newShape) { return ShapeOps.reshape(x, newShape); }
    /** Reverses the axes. */
    public static Array transpose(Object x) { return ShapeOps.transpose(x); }
    public static Array transpose(Object x, int... axes) { return ShapeOps.transpose(x, axes); }
    public static Array swapaxes(Object x, int axis1, int axis2) { return ShapeOps.swapaxes(x, axis1, axis2); }
    public static Array moveaxis(Object x, int source, int destination) { return ShapeOps.moveaxis(x, source, destination); }
    public static Array moveaxis(Object x, int[] source, int[] destination) { return ShapeOps.moveaxis(x, source, destination); }
    /** Removes every size-1 axis. */
    public static Array squeeze(Object x) { return ShapeOps.squeeze(x); }
    public static Array squeeze(Object x, int... axes) { return ShapeOps.squeeze(x, axes); }
    public static Array expandDims(Object x, int... axes) { return ShapeOps.expandDims(x, axes); }
    public static Array ravel(Object x) { return ShapeOps.ravel(x); }
    public static Array broadcastTo(Object x, int... shape) { return ShapeOps.broadcastTo(x, shape); }

    // -- joining --

    public static Array stack(Array... arrays) { return Joining.stack(List.of(arrays), 0); }
    public static Array stack(List<?> arrays) { return Joining.stack(arrays, 0); }
    public static Array stack(List<?> arrays, int axis) { return Joining.stack(arrays, axis); }
    public static Array concatenate(Array... arrays) { return Joining.concatenate(List.of(arrays), 0); }
    public static Array concatenate(List<?> arrays) { return Joining.concatenate(arrays, 0); }
    public static Array concatenate(List<?> arrays, int axis) { return Joining.concatenate(arrays, axis); }
    /** {@code sections} equal pieces along axis 0. */
    public static List<Array> split(Object x, int sections) { return Joining.split(x, sections, 0); }
    public static List<Array> split(Object x, int sections, int axis) { return Joining.split(x, sections, axis); }
    /** Pieces cut at {@code indices} along axis 0. */
    public static List<Array> split(Object x, int[] indices) { return Joining.split(x, indices, 0); }
    public static List<Array> split(Object x, int[] indices, int axis) { return Joining.split(x, indices, axis); }

    // -- where, clip, closeness --

    /** {@code x} where {@code condition}, else {@code y}. */
    public static Array where(Object condition, Object x, Object y) { return Selection.where(condition, x, y); }
    /** Either bound may be null. */
    public static Array clip(Object x, Object min, Object max) { return Selection.clip(x, min, max); }
    public static Array isclose(Object a, Object b) { return Selection.isclose(a, b, 1e-5, 1e-8, false); }
    public static Array isclose(Object a, Object b, double rtol, double atol, boolean equalNan) { return Selection.isclose(a, b, rtol, atol, equalNan); }
    public static Array allclose(Object a, Object b) { return Selection.allclose(a, b, 1e-5, 1e-8, false); }
    public static Array allclose(Object a, Object b, double rtol, double atol, boolean equalNan) { return Selection.allclose(a, b, rtol, atol, equalNan); }
    public static Array arrayEqual(Object a, Object b) { return Selection.arrayEqual(a, b, false); }
    public static Array arrayEqual(Object a, Object b, boolean equalNan) { return Selection.arrayEqual(a, b, equalNan); }

    // -- more elementwise math --

    public static Array abs(Object x) { return ElementwiseMath.abs(x); }
    public static Array absolute(Object x) { return ElementwiseMath.abs(x); }
    public static Array sign(Object x) { return ElementwiseMath.sign(x); }
    public static Array floor(Object x) { return ElementwiseMath.floor(x); }
    public static Array ceil(Object x) { return ElementwiseMath.ceil(x); }
    /** Rounds half to even, as numpy. */
    public static Array round(Object x) { return ElementwiseMath.round(x, 0); }
    public static Array round(Object x, int decimals) { return ElementwiseMath.round(x, decimals); }
    public static Array square(Object x) { return ElementwiseMath.square(x); }
    public static Array reciprocal(Object x) { return ElementwiseMath.reciprocal(x); }
    /** {@code jax.nn.sigmoid}: the logistic function. */
    public static Array sigmoid(Object x) { return ElementwiseMath.sigmoid(x); }
    public static Array logicalAnd(Object x, Object y) { return ElementwiseMath.logicalAnd(x, y); }
    public static Array logicalOr(Object x, Object y) { return ElementwiseMath.logicalOr(x, y); }
    public static Array logicalXor(Object x, Object y) { return ElementwiseMath.logicalXor(x, y); }
    public static Array logicalNot(Object x) { return ElementwiseMath.logicalNot(x); }
    public static Array bitwiseAnd(Object x, Object y) { return ElementwiseMath.bitwiseAnd(x, y); }
    public static Array bitwiseOr(Object x, Object y) { return ElementwiseMath.bitwiseOr(x, y); }
    public static Array bitwiseXor(Object x, Object y) { return ElementwiseMath.bitwiseXor(x, y); }
    public static Array bitwiseNot(Object x) { return ElementwiseMath.bitwiseNot(x); }
    public static Array invert(Object x) { return ElementwiseMath.bitwiseNot(x); }
    /** numpy's {@code %}: the result takes the divisor's sign. */
    public static Array remainder(Object x, Object y) { return ElementwiseMath.remainder(x, y); }
    public static Array mod(Object x, Object y) { return ElementwiseMath.remainder(x, y); }
    /** numpy's {@code //}. */
    public static Array floorDivide(Object x, Object y) { return ElementwiseMath.floorDivide(x, y); }
    public static Array isfinite(Object x) { return ElementwiseMath.isfinite(x); }
    public static Array isinf(Object x) { return ElementwiseMath.isinf(x); }
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
