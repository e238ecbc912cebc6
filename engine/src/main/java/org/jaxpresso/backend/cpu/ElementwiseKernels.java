package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Round;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Unary;

/**
 * Reference loops for elementwise primitives. Floats are computed in {@code double} and stored
 * rounded to the output dtype; integers in {@code long} and stored with two's-complement
 * wrap-around (int32 overflow wraps, as XLA's does); bools as 0/1.
 *
 * <p>Integer division and remainder follow XLA: they truncate toward zero (C semantics), the
 * remainder has the sign of the dividend, and division by zero does not throw: {@code x / 0 == -1}
 * and {@code x % 0 == x}. {@code MIN_VALUE / -1} wraps to {@code MIN_VALUE}, and
 * {@code MIN_VALUE % -1 == 0}. Float {@code rem} is C's {@code fmod}; float {@code max}/{@code min}
 * propagate NaN.
 */
final class ElementwiseKernels {
    private ElementwiseKernels() {}

    // ---- unary --------------------------------------------------------------------------------

    static Buffer unary(Unary op, Buffer x, ShapedArray out) {
        int n = x.size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        if (op == Unary.IS_FINITE) {
            for (int i = 0; i < n; i++) r.setBool(i, Double.isFinite(x.getDouble(i)));
        } else if (x.dtype().isFloating()) {
            for (int i = 0; i < n; i++) r.setDouble(i, ScalarOps.unaryFloat(op, x.getDouble(i)));
        } else if (x.dtype().isBool()) {
            for (int i = 0; i < n; i++) r.setBool(i, unaryBool(op, x.getBool(i)));
        } else {
            for (int i = 0; i < n; i++) r.setLong(i, ScalarOps.unaryInt(op, x.dtype(), x.getLong(i)));
        }
        return r;
    }

    private static boolean unaryBool(Unary op, boolean x) {
        if (op != Unary.NOT) throw new IllegalStateException(op.primitiveName() + " on bool passed the type rule");
        return !x;
    }

    // ---- round and integer_pow ----------------------------------------------------------------

    static Buffer round(Round r, Buffer x, ShapedArray out) {
        int n = x.size();
        Buffer result = Buffer.allocate(out.dtype(), n);
        for (int i = 0; i < n; i++) {
            double v = x.getDouble(i);
            result.setDouble(i, ScalarOps.round(r.roundingMethod(), v));
        }
        return result;
    }

    /** {@code x ** y} by repeated squaring; floats with {@code y < 0} give {@code 1 / x ** |y|}. */
    static Buffer integerPow(int y, Buffer x, ShapedArray out) {
        int n = x.size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        if (x.dtype().isFloating()) {
            for (int i = 0; i < n; i++) r.setDouble(i, ScalarOps.integerPowFloat(y, x.getDouble(i)));
        } else {
            for (int i = 0; i < n; i++) r.setLong(i, ScalarOps.integerPowInt(y, x.getLong(i)));
        }
        return r;
    }

    // ---- binary -------------------------------------------------------------------------------

    static Buffer binary(Binary op, Buffer x, ShapedArray xAval, Buffer y, ShapedArray yAval, ShapedArray out) {
        Shape shape = out.shape();
        int n = shape.size();
        int[] xi = Strides.offsets(shape, Strides.broadcast(xAval.shape(), shape), 0);
        int[] yi = Strides.offsets(shape, Strides.broadcast(yAval.shape(), shape), 0);
        Buffer r = Buffer.allocate(out.dtype(), n);
        DType t = xAval.dtype();
        if (op.isComparison()) {
            if (t.isFloating()) {
                for (int i = 0; i < n; i++) r.setBool(i, ScalarOps.compareFloat(op, x.getDouble(xi[i]), y.getDouble(yi[i])));
            } else {
                for (int i = 0; i < n; i++) r.setBool(i, ScalarOps.compareInt(op, x.getLong(xi[i]), y.getLong(yi[i])));
            }
        } else if (t.isFloating()) {
            for (int i = 0; i < n; i++) r.setDouble(i, ScalarOps.binaryFloat(op, x.getDouble(xi[i]), y.getDouble(yi[i])));
        } else {
            // ints wrap when stored; bools are 0/1 and every op accepted on bool keeps them 0/1.
            for (int i = 0; i < n; i++) r.setLong(i, ScalarOps.binaryInt(op, x.getLong(xi[i]), y.getLong(yi[i])));
        }
        return r;
    }





    // ---- select_n and clamp -------------------------------------------------------------------

    /**
     * {@code cases[which]} elementwise; {@code which} is a scalar or has the output's shape. An
     * int32 {@code which} outside {@code [0, n)} is clamped into range (XLA leaves it undefined).
     */
    static Buffer selectN(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        Buffer which = in.getFirst();
        boolean scalarWhich = inAvals.getFirst().rank() == 0;
        int cases = in.size() - 1;
        int n = out.shape().size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        for (int i = 0; i < n; i++) {
            long k = which.getLong(scalarWhich ? 0 : i);
            int c = (int) Math.max(0, Math.min(cases - 1, k));
            r.copyElement(in.get(1 + c), i, i);
        }
        return r;
    }

    /** {@code min(max(x, lo), hi)} with lax's max/min (NaN propagates); {@code lo}/{@code hi} are scalars or full-shape. */
    static Buffer clamp(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        Buffer lo = in.get(0);
        Buffer x = in.get(1);
        Buffer hi = in.get(2);
        boolean scalarLo = inAvals.get(0).rank() == 0;
        boolean scalarHi = inAvals.get(2).rank() == 0;
        int n = x.size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        for (int i = 0; i < n; i++) {
            int l = scalarLo ? 0 : i;
            int h = scalarHi ? 0 : i;
            if (out.dtype().isFloating()) {
                r.setDouble(i, Math.min(Math.max(x.getDouble(i), lo.getDouble(l)), hi.getDouble(h)));
            } else {
                r.setLong(i, Math.min(Math.max(x.getLong(i), lo.getLong(l)), hi.getLong(h)));
            }
        }
        return r;
    }

    // ---- convert_element_type -----------------------------------------------------------------

    /** Float to int truncates toward zero (NaN to 0, saturating), int to bool is {@code != 0}, as XLA converts. */
    static Buffer convert(Buffer x, ShapedArray out) {
        Buffer r = Buffer.allocate(out.dtype(), x.size());
        for (int i = 0; i < x.size(); i++) {
            switch (out.dtype().kind()) {
                case BOOL -> r.setBool(i, x.getBool(i));
                case INT -> r.setLong(i, x.dtype().isFloating() ? ScalarOps.floatToInt(x.getDouble(i), out.dtype()) : x.getLong(i));
                case FLOAT -> r.setDouble(i, x.dtype().isFloating() ? x.getDouble(i) : (double) x.getLong(i));
            }
        }
        return r;
    }

}
