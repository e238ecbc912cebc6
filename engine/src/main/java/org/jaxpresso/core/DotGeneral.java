package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;

/**
 * {@code dot_general}: contracts the given dimension pairs and keeps batch dimensions. Output
 * dimensions are batch, then lhs free, then rhs free. Operands may differ in dtype when
 * {@code preferredElementType} is set, as {@code jnp.dot} of int32 and float32 emits.
 * The custom printing rule drops None-valued params ({@code precision}, {@code out_sharding}).
 */
public record DotGeneral(DotDimensionNumbers dimensionNumbers, DType preferredElementType) implements Primitive {
    @Override
    public String primitiveName() { return "dot_general"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 2);
        ShapedArray lhs = in.get(0);
        ShapedArray rhs = in.get(1);
        DotDimensionNumbers dn = dimensionNumbers;
        if (preferredElementType == null) TypeRules.checkSameDtypes(primitiveName(), in);
        for (ShapedArray a : in) {
            if (a.dtype().isBool() && preferredElementType != DType.BOOL && preferredElementType != null) {
                throw new DTypeException("dot_general does not accept dtype bool with preferred_element_type " + preferredElementType + ".");
            }
        }
        checkDims("lhs", dn.lhsContracting(), dn.lhsBatch(), lhs.rank());
        checkDims("rhs", dn.rhsContracting(), dn.rhsBatch(), rhs.rank());
        if (dn.lhsBatch().size() != dn.rhsBatch().size()) {
            throw new ShapeException("dot_general requires equal numbers of lhs_batch_dims and rhs_batch_dims, got lhs_batch_dims="
                    + PyFormat.list(dn.lhsBatch().toList()) + " and rhs_batch_dims=" + PyFormat.list(dn.rhsBatch().toList()) + ".");
        }
        if (dn.lhsContracting().size() != dn.rhsContracting().size()) {
            throw new ShapeException("dot_general requires equal numbers of lhs_contracting_dims and rhs_contracting_dims, got "
                    + PyFormat.list(dn.lhsContracting().toList()) + " and " + PyFormat.list(dn.rhsContracting().toList()) + ".");
        }
        Shape lb = pick(lhs.shape(), dn.lhsBatch());
        Shape rb = pick(rhs.shape(), dn.rhsBatch());
        if (!lb.equals(rb)) {
            throw new ShapeException("dot_general requires lhs batch dimensions and rhs batch dimensions to have the same shape, got " + lb + " and " + rb + ".");
        }
        Shape lc = pick(lhs.shape(), dn.lhsContracting());
        Shape rc = pick(rhs.shape(), dn.rhsContracting());
        if (!lc.equals(rc)) {
            throw new ShapeException("dot_general requires contracting dimensions to have the same shape, got " + lc + " and " + rc + ".");
        }
        List<Integer> out = new ArrayList<>(lb.toList());
        out.addAll(free(lhs.shape(), dn.lhsContracting(), dn.lhsBatch()));
        out.addAll(free(rhs.shape(), dn.rhsContracting(), dn.rhsBatch()));
        DType t = preferredElementType != null ? preferredElementType : lhs.dtype();
        return List.of(new ShapedArray(Shape.of(out), t, preferredElementType == null && lhs.weakType() && rhs.weakType()));
    }

    private static void checkDims(String side, IntTuple contracting, IntTuple batch, int rank) {
        boolean[] seen = new boolean[rank];
        for (IntTuple t : List.of(batch, contracting)) {
            for (int i = 0; i < t.size(); i++) {
                int d = t.get(i);
                if (d < 0 || d >= rank) {
                    throw new ShapeException("dot_general requires " + side + " dimension numbers to be nonnegative and less than the number of axes of the "
                            + side + " value, got " + side + "_batch_dimensions of " + PyFormat.list(batch.toList()) + " and " + side
                            + "_contracting_dimensions of " + PyFormat.list(contracting.toList()) + " for " + side + " of rank " + rank);
                }
                if (seen[d]) {
                    throw new ShapeException("dot_general requires no repeated dimension numbers, got " + side + " dimensions "
                            + PyFormat.list(batch.toList()) + " and " + PyFormat.list(contracting.toList()) + ".");
                }
                seen[d] = true;
            }
        }
    }

    static Shape pick(Shape s, IntTuple dims) {
        int[] out = new int[dims.size()];
        for (int i = 0; i < out.length; i++) out[i] = s.dim(dims.get(i));
        return Shape.of(out);
    }

    /** The dimensions of {@code s} that are neither contracted nor batch, in order. */
    public static List<Integer> free(Shape s, IntTuple contracting, IntTuple batch) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.rank(); i++) if (!contracting.contains(i) && !batch.contains(i)) out.add(s.dim(i));
        return out;
    }

    @Override
    public List<Param> params() {
        List<Param> ps = new ArrayList<>(List.of(Param.of("dimension_numbers", dimensionNumbers)));
        if (preferredElementType != null) ps.add(Param.of("preferred_element_type", preferredElementType));
        return ps;
    }
}
