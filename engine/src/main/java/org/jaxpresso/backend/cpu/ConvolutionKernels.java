package org.jaxpresso.backend.cpu;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ConvGeneralDilated;
import org.jaxpresso.core.ShapedArray;

/** The reference loop nest for {@code conv_general_dilated}. */
final class ConvolutionKernels {
    private ConvolutionKernels() {}

    static Buffer convGeneralDilated(ConvGeneralDilated c, Buffer lhs, ShapedArray lhsAval, Buffer rhs, ShapedArray rhsAval, ShapedArray out) {
        throw new UnsupportedOperationException("TODO");
    }
}
