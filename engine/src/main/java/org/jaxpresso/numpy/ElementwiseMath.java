package org.jaxpresso.numpy;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.Lax;
import org.jaxpresso.core.Round;

/**
 * The elementwise {@code jnp} functions beyond arithmetic: {@code abs}, {@code sign},
 * {@code floor}/{@code ceil}/{@code round}, {@code square}, the logical and bitwise ops,
 * {@code remainder}, {@code floor_divide}, {@code isfinite}/{@code isinf}/{@code isnan},
 * {@code reciprocal} and {@code sigmoid}, each lowered as JAX lowers it.
 */
public final class ElementwiseMath {
    private ElementwiseMath() {}

    private static Array one(Object x) { return Promotion.asArray(x); }

    /** {@code jnp.abs}: bools are returned unchanged. */
    public static Array abs(Object x) {
        Array a = one(x);
        return a.dtype() == DType.BOOL ? a : Lax.abs(a);
    }

    public static Array sign(Object x) { return Lax.sign(one(x)); }

    /** {@code jnp.floor}: ints and bools are returned unchanged. */
    public static Array floor(Object x) {
        Array a = one(x);
        return a.dtype().isFloating() ? Lax.floor(a) : a;
    }

    public static Array ceil(Object x) {
        Array a = one(x);
        return a.dtype().isFloating() ? Lax.ceil(a) : a;
    }

    /** {@code jnp.round(x, decimals)}: half to even; ints unchanged; other decimals scale by {@code 10^decimals}. */
    public static Array round(Object x, int decimals) {
        Array a0 = one(x);
        if (a0.dtype().isInteger()) {
            if (decimals < 0) throw new DTypeException("integer np.round not implemented for decimals < 0");
            return a0;
        }
        return NamedJit.call("round", List.of(decimals), List.of(a0), args -> {
            Array a = args.getFirst();
            if (decimals == 0) return Lax.round(a, Round.RoundingMethod.TO_NEAREST_EVEN);
            Array factor = Reductions.constant(a.dtype(), Math.pow(10, decimals));
            return Lax.div(Lax.round(Lax.mul(a, factor), Round.RoundingMethod.TO_NEAREST_EVEN), factor);
        });
    }

    /** {@code jnp.square}: bools compute as ints. */
    public static Array square(Object x) { return Lax.square(numeric(one(x))); }

    /** {@code jnp.reciprocal}: {@code integer_pow[y=-1]} in the inexact type. */
    public static Array reciprocal(Object x) { return Lax.integerPow(Promotion.promoteArgsInexact(x).getFirst(), -1); }

    /** {@code jax.nn.sigmoid}: {@code logistic}; ints compute in the default float type. */
    public static Array sigmoid(Object x) { return Lax.logistic(Promotion.promoteArgsInexact(x).getFirst()); }

    private static Array numeric(Array a) {
        return a.dtype() == DType.BOOL ? Promotion.convert(a, org.jaxpresso.Config.get().defaultInt(), a.weakType()) : a;
    }

    private static Array toBool(Array a) { return a.dtype() == DType.BOOL ? a : Lax.ne(a, Reductions.constant(a.dtype(), 0)); }

    public static Array logicalAnd(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.bitwiseAnd(toBool(a.get(0)), toBool(a.get(1)));
    }

    public static Array logicalOr(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.bitwiseOr(toBool(a.get(0)), toBool(a.get(1)));
    }

    public static Array logicalXor(Object x, Object y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return Lax.bitwiseXor(toBool(a.get(0)), toBool(a.get(1)));
    }

    public static Array logicalNot(Object x) { return Lax.bitwiseNot(toBool(one(x))); }

    public static Array bitwiseAnd(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.bitwiseAnd(a.get(0), a.get(1)); }

    public static Array bitwiseOr(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.bitwiseOr(a.get(0), a.get(1)); }

    public static Array bitwiseXor(Object x, Object y) { List<Array> a = Promotion.promoteArgs(x, y); return Lax.bitwiseXor(a.get(0), a.get(1)); }

    /** {@code jnp.invert} / {@code bitwise_not}. */
    public static Array bitwiseNot(Object x) { return Lax.bitwiseNot(one(x)); }

    /** {@code jnp.remainder} (numpy's {@code %}): the result has the divisor's sign. */
    public static Array remainder(Object x, Object y) {
        return NamedJit.call("remainder", Promotion.asArrays(x, y), args -> {
            List<Array> a = promoteNumeric(args.get(0), args.get(1));
            Array x1 = a.get(0);
            Array x2 = a.get(1);
            Array zero = Reductions.constant(x1.dtype(), 0);
            if (x2.dtype().isInteger()) x2 = Lax.selectN(Lax.eq(x2, zero), x2, onesLike(x2));
            Array mod = Lax.rem(x1, x2);
            Array doPlus = Lax.bitwiseAnd(Lax.ne(Lax.lt(mod, zero), Lax.lt(x2, zero)), Lax.ne(mod, zero));
            return Lax.selectN(doPlus, mod, Lax.add(mod, x2));
        });
    }

    /** {@code jnp.floor_divide} (numpy's {@code //}). */
    public static Array floorDivide(Object x, Object y) {
        return NamedJit.call("floor_divide", Promotion.asArrays(x, y), args -> {
            List<Array> a = promoteNumeric(args.get(0), args.get(1));
            Array x1 = a.get(0);
            Array x2 = a.get(1);
            if (x1.dtype().isInteger()) {
                Array q = Lax.div(x1, x2);
                Array fix = Lax.bitwiseAnd(Lax.ne(Lax.sign(x1), Lax.sign(x2)), Lax.ne(Lax.rem(x1, x2), Reductions.constant(x1.dtype(), 0)));
                return Selection.where(fix, Lax.sub(q, Reductions.constant(q.dtype(), 1)), q);
            }
            Array mod = Lax.rem(x1, x2);
            Array div = Lax.div(Lax.sub(x1, mod), x2);
            Array ind = Lax.bitwiseAnd(Lax.ne(mod, Reductions.constant(mod.dtype(), 0)), Lax.ne(Lax.sign(x2), Lax.sign(mod)));
            div = Lax.selectN(ind, div, Lax.sub(div, Reductions.constant(div.dtype(), 1)));
            return Lax.round(div, Round.RoundingMethod.AWAY_FROM_ZERO);
        });
    }

    private static List<Array> promoteNumeric(Array x, Array y) {
        List<Array> a = Promotion.promoteArgs(x, y);
        return a.get(0).dtype() == DType.BOOL ? List.of(numeric(a.get(0)), numeric(a.get(1))) : a;
    }

    private static Array onesLike(Array x) {
        Array one = Reductions.constant(x.dtype(), 1);
        return x.ndim() == 0 ? one : Lax.broadcastInDim(one, x.shape().dims(), new int[0]);
    }

    private static Array fullBool(Array x, boolean value) {
        Array c = Reductions.constant(DType.BOOL, value ? 1 : 0);
        return x.ndim() == 0 ? c : Lax.broadcastInDim(c, x.shape().dims(), new int[0]);
    }

    /** {@code jnp.isfinite}: {@code is_finite} for floats; all true for ints and bools. */
    public static Array isfinite(Object x) {
        Array a = one(x);
        return a.dtype().isFloating() ? Lax.isFinite(a) : fullBool(a, true);
    }

    /** {@code jnp.isinf}: {@code |x| == inf} for floats; all false otherwise. */
    public static Array isinf(Object x) {
        Array a = one(x);
        return a.dtype().isFloating() ? Lax.eq(Lax.abs(a), Reductions.constant(a.dtype(), Double.POSITIVE_INFINITY)) : fullBool(a, false);
    }

    /** {@code jnp.isnan}: {@code x != x} for floats; all false otherwise. */
    public static Array isnan(Object x) {
        Array a = one(x);
        return a.dtype().isFloating() ? Lax.ne(a, a) : fullBool(a, false);
    }
}
