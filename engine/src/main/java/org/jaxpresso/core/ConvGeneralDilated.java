package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.ShapeException;

/** {@code conv_general_dilated}: XLA's convolution, enough for {@code jnp.convolve}. */
public record ConvGeneralDilated(IntTuple windowStrides, List<IntTuple> padding, IntTuple lhsDilation, IntTuple rhsDilation,
                                 ConvDimensionNumbers dimensionNumbers, int featureGroupCount, int batchGroupCount,
                                 DType preferredElementType) implements Primitive {
    public ConvGeneralDilated {
        padding = List.copyOf(padding);
    }

    @Override
    public String primitiveName() { return "conv_general_dilated"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        String name = primitiveName();
        TypeRules.checkArity(name, in, 2);
        ShapedArray lhs = in.get(0);
        ShapedArray rhs = in.get(1);
        if (preferredElementType == null) TypeRules.checkSameDtypes(name, in);
        if (lhs.rank() != rhs.rank()) {
            throw new ShapeException("conv_general_dilated lhs and rhs must have the same rank, got " + lhs.rank() + " and " + rhs.rank() + ".");
        }
        int spatial = lhs.rank() - 2;
        if (spatial < 0) throw new ShapeException("conv_general_dilated lhs must have rank at least 2, got shape " + lhs.shape() + ".");
        ConvDimensionNumbers dn = dimensionNumbers;
        for (IntTuple spec : List.of(dn.lhsSpec(), dn.rhsSpec(), dn.outSpec())) {
            if (spec.size() != lhs.rank()) {
                throw new ShapeException("convolution dimension_numbers must have one entry per dimension of rank " + lhs.rank() + ", got " + dn + ".");
            }
        }
        checkLength("window_strides", windowStrides, spatial);
        checkLength("lhs_dilation", lhsDilation, spatial);
        checkLength("rhs_dilation", rhsDilation, spatial);
        if (padding.size() != spatial) {
            throw new ShapeException("conv_general_dilated padding must have one (lo, hi) pair per spatial dimension, got " + PyFormat.tuple(padding)
                    + " for " + spatial + " spatial dimensions.");
        }
        for (IntTuple t : List.of(windowStrides, lhsDilation, rhsDilation)) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i) <= 0) {
                    String which = t == windowStrides ? "window_strides" : t == lhsDilation ? "lhs_dilation" : "rhs_dilation";
                    throw new ShapeException("conv_general_dilated " + which + " must have all positive entries, got " + t + ".");
                }
            }
        }
        if (featureGroupCount <= 0) throw new ShapeException("conv_general_dilated feature_group_count must be a positive integer, got " + featureGroupCount + ".");
        if (batchGroupCount <= 0) throw new ShapeException("conv_general_dilated batch_group_count must be a positive integer, got " + batchGroupCount + ".");
        if (featureGroupCount > 1 && batchGroupCount > 1) {
            throw new ShapeException("At most one of batch_group_count and feature_group_count may be > 1, got batch_group_count="
                    + batchGroupCount + " and feature_group_count=" + featureGroupCount + ".");
        }
        int lhsBatch = lhs.shape().dim(dn.lhsSpec().get(0));
        int lhsFeature = lhs.shape().dim(dn.lhsSpec().get(1));
        int rhsOut = rhs.shape().dim(dn.rhsSpec().get(0));
        int rhsIn = rhs.shape().dim(dn.rhsSpec().get(1));
        if (lhsFeature % featureGroupCount != 0) {
            throw new ShapeException("conv_general_dilated feature_group_count must divide lhs feature dimension size, but " + featureGroupCount
                    + " does not divide " + lhsFeature + ".");
        }
        if (lhsFeature / featureGroupCount != rhsIn) {
            throw new ShapeException("conv_general_dilated lhs feature dimension size divided by feature_group_count must equal the rhs input feature dimension size, but "
                    + lhsFeature + " // " + featureGroupCount + " != " + rhsIn + ".");
        }
        if (rhsOut % featureGroupCount != 0) {
            throw new ShapeException("conv_general_dilated rhs output feature dimension size must be a multiple of feature_group_count, but "
                    + rhsOut + " is not a multiple of " + featureGroupCount + ".");
        }
        if (lhsBatch % batchGroupCount != 0) {
            throw new ShapeException("conv_general_dilated batch_group_count must divide lhs batch dimension size, but " + batchGroupCount
                    + " does not divide " + lhsBatch + ".");
        }
        if (rhsOut % batchGroupCount != 0) {
            throw new ShapeException("conv_general_dilated rhs output feature dimension size must be a multiple of batch_group_count, but "
                    + rhsOut + " is not a multiple of " + batchGroupCount + ".");
        }
        int[] out = new int[lhs.rank()];
        out[dn.outSpec().get(0)] = lhsBatch / batchGroupCount;
        out[dn.outSpec().get(1)] = rhsOut;
        for (int i = 0; i < spatial; i++) {
            int in0 = lhs.shape().dim(dn.lhsSpec().get(2 + i));
            int k = rhs.shape().dim(dn.rhsSpec().get(2 + i));
            out[dn.outSpec().get(2 + i)] = outputSize(in0, k, i);
        }
        DType t = preferredElementType != null ? preferredElementType : lhs.dtype();
        return List.of(new ShapedArray(Shape.of(out), t));
    }

    /** The output length of spatial dimension {@code i}: dilate, pad, then slide the dilated window. */
    public int outputSize(int inputSize, int kernelSize, int i) {
        int dilatedIn = inputSize == 0 ? 0 : (inputSize - 1) * lhsDilation.get(i) + 1;
        int padded = dilatedIn + padding.get(i).get(0) + padding.get(i).get(1);
        int dilatedK = kernelSize == 0 ? 0 : (kernelSize - 1) * rhsDilation.get(i) + 1;
        if (padded < dilatedK) return 0;
        return (padded - dilatedK) / windowStrides.get(i) + 1;
    }

    private static void checkLength(String what, IntTuple t, int spatial) {
        if (t.size() != spatial) {
            throw new ShapeException("conv_general_dilated " + what + " must have one entry per spatial dimension, got " + t + " for "
                    + spatial + " spatial dimensions.");
        }
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("batch_group_count", batchGroupCount), Param.of("dimension_numbers", dimensionNumbers),
                Param.of("feature_group_count", featureGroupCount), Param.of("lhs_dilation", lhsDilation),
                new Param("padding", PyFormat.tuple(padding)), Param.of("precision", null),
                Param.of("preferred_element_type", preferredElementType), Param.of("rhs_dilation", rhsDilation),
                Param.of("window_strides", windowStrides));
    }
}
