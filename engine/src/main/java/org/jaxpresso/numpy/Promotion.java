package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.TypePromotion;

/**
 * What {@code jnp} does before calling {@code lax}: Java scalars become weak-typed arrays,
 * dtypes are promoted on JAX's lattice (emitting {@code convert_element_type} only where the
 * type changes), and ranks are equalised with {@code broadcast_in_dim} (leading 1s) so that
 * lax's own size-1 broadcasting does the rest — the same equations JAX's jnp emits.
 */
public final class Promotion {
    private Promotion() {}

    /** An array argument: arrays pass through; Java scalars become weak 0-d arrays. */
    public static Array asArray(Object v) {
        if (v instanceof Array a) return a;
        return ArrayCreation.scalar(v);
    }

    public static List<Array> asArrays(Object... vs) {
        List<Array> out = new ArrayList<>(vs.length);
        for (Object v : vs) out.add(asArray(v));
        return out;
    }

    /** {@code lax._convert_element_type}: nothing when dtype and weakness already match. */
    public static Array convert(Array x, DType t, boolean weak) {
        if (x.dtype() == t && x.weakType() == weak) return x;
        return Lax.convertElementType(x, t, weak);
    }

    /** {@code jnp}'s {@code promote_dtypes}: every operand converted to the result type. */
    public static List<Array> promoteDtypes(List<Array> xs) {
        TypePromotion.Typed t = TypePromotion.resultType(xs.stream().map(Array::aval).toList());
        List<Array> out = new ArrayList<>(xs.size());
        for (Array x : xs) out.add(convert(x, t.dtype(), t.weakType()));
        return out;
    }

    /** {@code promote_dtypes_inexact}: as {@link #promoteDtypes}, then ints and bools become the default float. */
    public static List<Array> promoteDtypesInexact(List<Array> xs) {
        TypePromotion.Typed t = TypePromotion.resultType(xs.stream().map(Array::aval).toList());
        DType inexact = TypePromotion.toInexact(t.dtype());
        List<Array> out = new ArrayList<>(xs.size());
        for (Array x : xs) out.add(convert(x, inexact, t.weakType()));
        return out;
    }

    /** numpy's broadcast shape of these shapes, or numpy's error. */
    public static int[] broadcastShapes(List<int[]> shapes) {
        int rank = 0;
        for (int[] s : shapes) rank = Math.max(rank, s.length);
        int[] out = new int[rank];
        java.util.Arrays.fill(out, 1);
        for (int[] s : shapes) {
            for (int i = 0; i < s.length; i++) {
                int j = rank - s.length + i;
                if (s[i] == out[j] || s[i] == 1) continue;
                if (out[j] != 1) {
                    List<String> texts = new ArrayList<>();
                    for (int[] t : shapes) texts.add(org.jaxpresso.core.Shape.of(t).toString());
                    throw new ShapeException("Incompatible shapes for broadcasting: shapes=[" + String.join(", ", texts) + "]");
                }
                out[j] = s[i];
            }
        }
        return out;
    }

    /**
     * {@code jnp}'s {@code _promote_shapes}: when operands of different non-zero ranks meet, each
     * lower-rank operand gets leading size-1 axes through {@code broadcast_in_dim}; rank-0
     * operands are left to lax when all other ranks agree.
     */
    public static List<Array> promoteShapes(List<Array> xs) {
        if (xs.size() < 2) return xs;
        boolean sameRank = true;
        java.util.Set<Integer> nonscalarRanks = new java.util.HashSet<>();
        List<int[]> shapes = new ArrayList<>();
        for (Array x : xs) {
            sameRank &= x.ndim() == xs.getFirst().ndim();
            if (x.ndim() > 0) nonscalarRanks.add(x.ndim());
            shapes.add(x.shape().dims());
        }
        if (sameRank || nonscalarRanks.size() < 2) return xs;
        int rank = broadcastShapes(shapes).length;
        List<Array> out = new ArrayList<>(xs.size());
        for (Array x : xs) out.add(broadcastToRank(x, rank));
        return out;
    }

    /** Adds leading size-1 axes up to {@code rank} ({@code lax.broadcast_to_rank}). */
    public static Array broadcastToRank(Array x, int rank) {
        int nd = x.ndim();
        if (nd == rank) return x;
        int[] shape = new int[rank];
        int[] dims = new int[nd];
        for (int i = 0; i < rank - nd; i++) shape[i] = 1;
        for (int i = 0; i < nd; i++) {
            shape[rank - nd + i] = x.shape(i);
            dims[i] = rank - nd + i;
        }
        return Lax.broadcastInDim(x, shape, dims);
    }

    /** {@code promote_args}: scalars to arrays, dtypes promoted, ranks equalised. */
    public static List<Array> promoteArgs(Object... xs) { return promoteShapes(promoteDtypes(asArrays(xs))); }

    /** {@code promote_args_inexact}: as {@link #promoteArgs}, computing in a float type. */
    public static List<Array> promoteArgsInexact(Object... xs) { return promoteShapes(promoteDtypesInexact(asArrays(xs))); }

    /** The abstract value of a Java scalar or array argument, without creating anything. */
    public static ShapedArray avalOf(Object v) { return asArray(v).aval(); }
}
