package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.TypePromotion;

/**
 * {@code jnp.dot}, {@code matmul}, {@code tensordot}, {@code inner} and {@code outer}. Like
 * JAX, the products do not convert their operands: they call {@code dot_general} with
 * {@code preferred_element_type} set to the promoted dtype, so an int32·float32 product is one
 * equation (G37).
 */
public final class LinearAlgebra {
    private LinearAlgebra() {}

    private static final int[] NONE = new int[0];

    /** {@code jnp.dot}: contracts the last axis of {@code a} with the second-to-last of {@code b} (its only axis when 1-D). */
    public static Array dot(Object x, Object y) {
        Array a = Promotion.asArray(x);
        Array b = Promotion.asArray(y);
        TypePromotion.Typed t = resultType(a, b);
        int[] lc = NONE;
        int[] rc = NONE;
        if (a.ndim() > 0 && b.ndim() > 0) {
            lc = new int[] {a.ndim() - 1};
            rc = new int[] {b.ndim() == 1 ? 0 : b.ndim() - 2};
        }
        Array out = Lax.dotGeneral(a, b, lc, rc, NONE, NONE, t.dtype());
        return Promotion.convert(out, t.dtype(), t.weakType());
    }

    /** {@code jnp.matmul} ({@code a @ b}): leading axes are batch axes, broadcast numpy-style. */
    public static Array matmul(Object x, Object y) {
        Array a = Promotion.asArray(x);
        Array b = Promotion.asArray(y);
        for (int i = 0; i < 2; i++) {
            Array v = i == 0 ? a : b;
            if (v.ndim() < 1) {
                throw new ShapeException("matmul input operand " + i + " must have ndim at least 1, but it has ndim " + v.ndim());
            }
        }
        TypePromotion.Typed t = resultType(a, b);
        boolean aMat = a.ndim() > 1;
        boolean bMat = b.ndim() > 1;
        int aBatchRank = aMat ? a.ndim() - 2 : 0;
        int bBatchRank = bMat ? b.ndim() - 2 : 0;
        int nBatch = Math.max(aBatchRank, bBatchRank);
        List<Integer> aSqueeze = new ArrayList<>();
        List<Integer> bSqueeze = new ArrayList<>();
        List<Integer> aBatch = new ArrayList<>();
        List<Integer> bBatch = new ArrayList<>();
        List<Integer> idxBatch = new ArrayList<>();
        List<Integer> idxAOther = new ArrayList<>();
        List<Integer> idxBOther = new ArrayList<>();
        for (int i = 0; i < nBatch; i++) {
            int ai = i - (nBatch - aBatchRank);
            int bi = i - (nBatch - bBatchRank);
            Integer ba = ai >= 0 ? a.shape(ai) : null;
            Integer bb = bi >= 0 ? b.shape(bi) : null;
            if (ba == null) {
                idxBOther.add(i);
            } else if (bb == null) {
                idxAOther.add(i);
            } else if (ba == 1) {
                idxBOther.add(i);
                aSqueeze.add(idxBatch.size() + idxAOther.size() + aSqueeze.size());
            } else if (bb == 1) {
                idxAOther.add(i);
                bSqueeze.add(idxBatch.size() + idxBOther.size() + bSqueeze.size());
            } else if (ba.equals(bb)) {
                aBatch.add(idxBatch.size() + idxAOther.size());
                bBatch.add(idxBatch.size() + idxBOther.size());
                idxBatch.add(i);
            } else {
                throw new ShapeException("Incompatible shapes for matmul arguments: " + a.shape() + " and " + b.shape());
            }
        }
        if (aMat) idxAOther.add(nBatch);
        if (bMat) idxBOther.add(nBatch + (aMat ? 1 : 0));
        List<Integer> order = new ArrayList<>(idxBatch);
        order.addAll(idxAOther);
        order.addAll(idxBOther);
        int[] perm = argsort(order);
        Array as = ShapeOps.squeezeAxes(a, ints(aSqueeze));
        Array bs = ShapeOps.squeezeAxes(b, ints(bSqueeze));
        Array out = Lax.dotGeneral(as, bs, new int[] {as.ndim() - 1}, new int[] {bs.ndim() - 1 - (bMat ? 1 : 0)},
                ints(aBatch), ints(bBatch), t.dtype());
        return Promotion.convert(ShapeOps.permute(out, perm), t.dtype(), t.weakType());
    }

    /** {@code jnp.tensordot(a, b, n)}: the last {@code n} axes of {@code a} with the first {@code n} of {@code b}. */
    public static Array tensordot(Object x, Object y, int n) {
        Array a = Promotion.asArray(x);
        Array b = Promotion.asArray(y);
        if (n > Math.min(a.ndim(), b.ndim())) {
            throw new ShapeException("Number of tensordot axes (axes " + n + ") exceeds input ranks (" + a.shape() + " and " + b.shape() + ")");
        }
        return tensordotAxes(a, b, IntTuple.range(a.ndim() - n, a.ndim()).toArray(), IntTuple.range(n).toArray());
    }

    /** {@code jnp.tensordot(a, b, (axesA, axesB))}; negative axes allowed. */
    public static Array tensordot(Object x, Object y, int[] axesA, int[] axesB) {
        Array a = Promotion.asArray(x);
        Array b = Promotion.asArray(y);
        if (axesA.length != axesB.length) {
            throw new ShapeException("tensordot requires axes lists to have equal length, got " + IntTuple.of(axesA) + " and " + IntTuple.of(axesB) + ".");
        }
        int[] ca = new int[axesA.length];
        int[] cb = new int[axesB.length];
        for (int i = 0; i < ca.length; i++) {
            ca[i] = Shape.normalizeAxis(axesA[i], a.ndim());
            cb[i] = Shape.normalizeAxis(axesB[i], b.ndim());
        }
        return tensordotAxes(a, b, ca, cb);
    }

    private static Array tensordotAxes(Array a, Array b, int[] ca, int[] cb) {
        TypePromotion.Typed t = resultType(a, b);
        Array out = Lax.dotGeneral(a, b, ca, cb, NONE, NONE, t.dtype());
        return Promotion.convert(out, t.dtype(), t.weakType());
    }

    /** {@code jnp.inner}: contracts the last axes; a scalar operand multiplies. */
    public static Array inner(Object x, Object y) {
        Array a = Promotion.asArray(x);
        Array b = Promotion.asArray(y);
        if (a.ndim() == 0 || b.ndim() == 0) return org.jaxpresso.Jnp.multiply(a, b);
        return tensordot(a, b, new int[] {-1}, new int[] {-1});
    }

    /** {@code jnp.outer}: both operands flattened, then {@code a[:, None] * b[None, :]}. */
    public static Array outer(Object x, Object y) {
        List<Array> ab = Promotion.promoteDtypes(Promotion.asArrays(x, y));
        Array a = ShapeOps.ravel(ab.get(0));
        Array b = ShapeOps.ravel(ab.get(1));
        return org.jaxpresso.Jnp.multiply(ShapeOps.expandDims(a, 1), ShapeOps.expandDims(b, 0));
    }

    private static TypePromotion.Typed resultType(Array a, Array b) {
        return TypePromotion.resultType(List.of(a.aval(), b.aval()));
    }

    static int[] ints(List<Integer> xs) { return xs.stream().mapToInt(Integer::intValue).toArray(); }

    private static int[] argsort(List<Integer> xs) {
        Integer[] idx = new Integer[xs.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (p, q) -> Integer.compare(xs.get(p), xs.get(q)));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) out[i] = idx[i];
        return out;
    }
}
