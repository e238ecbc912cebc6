package org.jaxpresso.numpy;

import org.jaxpresso.Array;
import org.jaxpresso.Config;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Reduce;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.TypePromotion;
import org.jaxpresso.trace.ConcreteArray;

/**
 * {@code jnp.sum}, {@code mean}, {@code max}, {@code min}, {@code prod}, {@code all},
 * {@code any}, {@code argmax} and {@code argmin}, following JAX's {@code _reduction}: an
 * optional cast ({@code sum}/{@code prod} of bool become int, {@code all}/{@code any} cast to
 * bool), one {@code reduce_*[axes=…]}, then {@code broadcast_in_dim} for {@code keepdims}.
 * {@code axes == null} means all axes; negative axes count from the end.
 */
public final class Reductions {
    private Reductions() {}

    public static Array sum(Object x, int[] axes, boolean keepdims) { return sum(x, axes, keepdims, null); }

    /** {@code jnp.sum(x, axis, dtype=dtype, keepdims)}; {@code dtype} may be null. */
    public static Array sum(Object x, int[] axes, boolean keepdims, DType dtype) {
        return reduction("sum", toNumeric(Promotion.asArray(x)), Reduce.Op.SUM, axes, keepdims, dtype, true, true);
    }

    public static Array prod(Object x, int[] axes, boolean keepdims) {
        return reduction("prod", toNumeric(Promotion.asArray(x)), Reduce.Op.PROD, axes, keepdims, null, true, true);
    }

    public static Array max(Object x, int[] axes, boolean keepdims) {
        return reduction("max", Promotion.asArray(x), Reduce.Op.MAX, axes, keepdims, null, false, false);
    }

    public static Array min(Object x, int[] axes, boolean keepdims) {
        return reduction("min", Promotion.asArray(x), Reduce.Op.MIN, axes, keepdims, null, false, false);
    }

    public static Array all(Object x, int[] axes, boolean keepdims) {
        return reduction("all", Promotion.convert(Promotion.asArray(x), DType.BOOL, false), Reduce.Op.AND, axes, keepdims, null, true, false);
    }

    public static Array any(Object x, int[] axes, boolean keepdims) {
        return reduction("any", Promotion.convert(Promotion.asArray(x), DType.BOOL, false), Reduce.Op.OR, axes, keepdims, null, true, false);
    }

    /** {@code jnp.mean}: {@code reduce_sum} in the inexact type, then {@code div} by the element count. */
    public static Array mean(Object x, int[] axes, boolean keepdims) {
        Array a = Promotion.asArray(x);
        int[] dims = Axes.normalize(axes, a.ndim());
        long count = 1;
        for (int d : dims) count *= a.shape(d);
        DType t = TypePromotion.toInexact(Config.get().canonicalize(a.dtype()));
        Array total = sum(a, dims, keepdims, t);
        return Lax.div(total, constant(t, count));
    }

    public static Array argmax(Object x, Integer axis, boolean keepdims) { return argReduce(Promotion.asArray(x), axis, keepdims, true); }

    public static Array argmin(Object x, Integer axis, boolean keepdims) { return argReduce(Promotion.asArray(x), axis, keepdims, false); }

    private static Array argReduce(Array a, Integer axis, boolean keepdims, boolean isMax) {
        String name = isMax ? "argmax" : "argmin";
        int[] keptDims;
        int k;
        if (axis == null) {
            keptDims = Axes.normalize(null, a.ndim());
            a = ShapeOps.ravel(a);
            k = 0;
        } else {
            k = Shape.normalizeAxis(axis, a.ndim());
            keptDims = new int[] {k};
        }
        if (a.shape(k) == 0) throw new ShapeException("attempt to get " + name + " of an empty sequence");
        DType index = Config.get().defaultInt();
        Array r = isMax ? Lax.argmax(a, k, index) : Lax.argmin(a, k, index);
        return keepdims ? ShapeOps.expandDims(r, keptDims) : r;
    }

    /** {@code _cast_to_numeric}: bool becomes the default int, keeping weakness. */
    private static Array toNumeric(Array a) {
        return a.dtype() == DType.BOOL ? Promotion.convert(a, Config.get().defaultInt(), a.weakType()) : a;
    }

    private static Array reduction(String name, Array a, Reduce.Op op, int[] axes, boolean keepdims, DType dtype,
                                   boolean hasIdentity, boolean promoteIntegers) {
        int[] dims = Axes.normalize(axes, a.ndim());
        if (!hasIdentity) {
            for (int d : dims) {
                if (a.shape(d) == 0) throw new ShapeException("zero-size array to reduction operation " + name + " which has no identity");
            }
        }
        DType resultType = dtype != null ? dtype : a.dtype();
        if (dtype == null && promoteIntegers && resultType == DType.BOOL) resultType = Config.get().defaultInt();
        resultType = Config.get().canonicalize(resultType);
        Array c = Promotion.convert(a, resultType, false);
        Reduce.Op effective = c.dtype() != DType.BOOL ? op : switch (op) {
            case MAX, OR -> Reduce.Op.OR;
            case MIN, AND, PROD -> Reduce.Op.AND;
            case SUM -> Reduce.Op.OR;
        };
        Array r = switch (effective) {
            case SUM -> Lax.reduceSum(c, dims);
            case MAX -> Lax.reduceMax(c, dims);
            case MIN -> Lax.reduceMin(c, dims);
            case PROD -> Lax.reduceProd(c, dims);
            case AND -> Lax.reduceAnd(c, dims);
            case OR -> Lax.reduceOr(c, dims);
        };
        return keepdims ? ShapeOps.expandDims(r, dims) : r;
    }

    /** A strong scalar constant of dtype {@code t}; staged, it prints as a literal such as {@code 4.0:f32[]}. */
    static Array constant(DType t, double value) {
        Buffer b = Buffer.allocate(t, 1);
        if (t.isFloating()) b.setDouble(0, value);
        else if (t.isBool()) b.setBool(0, value != 0);
        else b.setLong(0, (long) value);
        return new ConcreteArray(ShapedArray.scalar(t), b);
    }
}
