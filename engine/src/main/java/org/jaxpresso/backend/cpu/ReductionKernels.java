package org.jaxpresso.backend.cpu;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ArgReduce;
import org.jaxpresso.core.Cumulative;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.Reduce;
import org.jaxpresso.core.ShapedArray;

/** Reference loops for reductions and contractions. */
final class ReductionKernels {
    private ReductionKernels() {}

    static Buffer dotGeneral(DotGeneral d, Buffer lhs, ShapedArray lhsAval, Buffer rhs, ShapedArray rhsAval, ShapedArray out) {
        throw new UnsupportedOperationException("TODO");
    }

    static Buffer reduce(Reduce r, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer argReduce(ArgReduce a, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer cumulative(Cumulative c, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }
}
