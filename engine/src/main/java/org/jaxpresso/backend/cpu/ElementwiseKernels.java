package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Round;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Unary;

/** Reference loops for elementwise primitives. */
final class ElementwiseKernels {
    private ElementwiseKernels() {}

    static Buffer unary(Unary op, Buffer x, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer round(Round r, Buffer x, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer integerPow(int y, Buffer x, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer binary(Binary op, Buffer x, ShapedArray xAval, Buffer y, ShapedArray yAval, ShapedArray out) {
        throw new UnsupportedOperationException("TODO");
    }

    static Buffer selectN(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer clamp(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    /** Float to int truncates toward zero (NaN to 0, saturating), int to bool is {@code != 0}, as XLA converts. */
    static Buffer convert(Buffer x, ShapedArray out) {
        Buffer r = Buffer.allocate(out.dtype(), x.size());
        for (int i = 0; i < x.size(); i++) {
            switch (out.dtype().kind()) {
                case BOOL -> r.setBool(i, x.getBool(i));
                case INT -> r.setLong(i, x.dtype().isFloating() ? saturatingLong(x.getDouble(i), out.dtype()) : x.getLong(i));
                case FLOAT -> r.setDouble(i, x.dtype().isFloating() ? x.getDouble(i) : (double) x.getLong(i));
            }
        }
        return r;
    }

    private static long saturatingLong(double v, org.jaxpresso.DType t) {
        if (Double.isNaN(v)) return 0;
        return t == org.jaxpresso.DType.INT32 ? (long) (int) v : (long) v;
    }
}
