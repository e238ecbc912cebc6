package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;

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
        throw new UnsupportedOperationException("conv_general_dilated type rule not written yet");
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
