package org.jaxpresso.numpy;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;

/**
 * {@code jnp.where}, {@code clip}, {@code isclose}, {@code allclose} and {@code array_equal}.
 * {@code where}, {@code clip} and {@code isclose} are non-inline jits in JAX; their bodies go
 * through {@link NamedJit} so that the {@code jit[name=…]} wrapper can be added in one place.
 */
public final class Selection {
    private Selection() {}

    /** {@code jnp.where(c, x, y)}: {@code x} where {@code c} is true, else {@code y} ({@code select_n c y x}). */
    public static Array where(Object condition, Object x, Object y) {
        return NamedJit.call("_where", Promotion.asArrays(condition, x, y), a -> whereBody(a.get(0), a.get(1), a.get(2)));
    }

    private static Array whereBody(Array c, Array x, Array y) {
        if (c.dtype() != DType.BOOL) c = Lax.ne(c, Reductions.constant(c.dtype(), 0));
        List<Array> xy = Promotion.promoteDtypes(List.of(x, y));
        Array on;
        Array off;
        if (c.ndim() == 0) {
            List<Array> b = ShapeOps.broadcastArrays(xy);
            on = b.get(0);
            off = b.get(1);
        } else {
            List<Array> b = ShapeOps.broadcastArrays(List.of(c, xy.get(0), xy.get(1)));
            c = b.get(0);
            on = b.get(1);
            off = b.get(2);
        }
        if (on.size() == 0) return on;
        return Lax.selectN(c, off, on);
    }

    /** {@code jnp.clip(x, min, max)}: {@code maximum(min, x)} then {@code minimum(max, x)}; either bound may be null. */
    public static Array clip(Object x, Object min, Object max) {
        Array a = Promotion.asArray(x);
        if (min == null && max == null) return a;
        Array lo = min == null ? null : Promotion.asArray(min);
        Array hi = max == null ? null : Promotion.asArray(max);
        return NamedJit.call("clip", NamedJit.nullable(a, lo, hi), args -> {
            Array r = args.getFirst();
            if (args.get(1) != null) r = Jnp.maximum(args.get(1), r);
            if (args.get(2) != null) r = Jnp.minimum(args.get(2), r);
            return r;
        });
    }

    /** {@code jnp.isclose(a, b, rtol, atol, equal_nan)}: {@code |a - b| <= atol + rtol * |b|}, with numpy's inf and nan rules. */
    public static Array isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return NamedJit.call("isclose", List.of(rtol, atol, equalNan), Promotion.asArrays(a, b), args -> iscloseBody(args.get(0), args.get(1), rtol, atol, equalNan));
    }

    private static Array iscloseBody(Array a0, Array b0, double rtol, double atol, boolean equalNan) {
        List<Array> ab = Promotion.promoteArgsInexact(a0, b0);
        Array a = ab.get(0);
        Array b = ab.get(1);
        DType t = a.dtype();
        Array out = Lax.le(Lax.abs(Lax.sub(a, b)), Lax.add(Reductions.constant(t, atol), Lax.mul(Reductions.constant(t, rtol), Lax.abs(b))));
        Array aInf = ElementwiseMath.isinf(a);
        Array bInf = ElementwiseMath.isinf(b);
        Array anyInf = Lax.bitwiseOr(aInf, bInf);
        Array bothInf = Lax.bitwiseAnd(aInf, bInf);
        out = Lax.bitwiseAnd(out, Lax.bitwiseNot(anyInf));
        out = Lax.bitwiseOr(out, Lax.bitwiseAnd(bothInf, Lax.eq(a, b)));
        Array aNan = ElementwiseMath.isnan(a);
        Array bNan = ElementwiseMath.isnan(b);
        out = Lax.bitwiseAnd(out, Lax.bitwiseNot(Lax.bitwiseOr(aNan, bNan)));
        if (equalNan) out = Lax.bitwiseOr(out, Lax.bitwiseAnd(aNan, bNan));
        return out;
    }

    /** {@code jnp.allclose}: {@code all(isclose(a, b, …))}. */
    public static Array allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return Reductions.all(isclose(a, b, rtol, atol, equalNan), null, false);
    }

    /** {@code jnp.array_equal}: False (a constant) when shapes differ, else {@code all(a == b)}. */
    public static Array arrayEqual(Object a, Object b, boolean equalNan) {
        Array x = Promotion.asArray(a);
        Array y = Promotion.asArray(b);
        if (!x.shape().equals(y.shape())) return Reductions.constant(DType.BOOL, 0);
        Array eq = Jnp.equal(x, y);
        if (equalNan) eq = Lax.bitwiseOr(eq, Lax.bitwiseAnd(ElementwiseMath.isnan(x), ElementwiseMath.isnan(y)));
        return Reductions.all(eq, null, false);
    }
}
