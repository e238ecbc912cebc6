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
            for (int i = 0; i < n; i++) r.setDouble(i, unaryFloat(op, x.getDouble(i)));
        } else if (x.dtype().isBool()) {
            for (int i = 0; i < n; i++) r.setBool(i, unaryBool(op, x.getBool(i)));
        } else {
            for (int i = 0; i < n; i++) r.setLong(i, unaryInt(op, x.getLong(i)));
        }
        return r;
    }

    static double unaryFloat(Unary op, double x) {
        return switch (op) {
            case NEG -> -x;
            case SIGN -> Double.isNaN(x) ? x : Math.signum(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case IS_FINITE -> Double.isFinite(x) ? 1 : 0;
            case EXP -> Math.exp(x);
            case EXP2 -> Math.pow(2, x);
            case LOG -> Math.log(x);
            case LOG1P -> Math.log1p(x);
            case EXPM1 -> Math.expm1(x);
            case TANH -> Math.tanh(x);
            case LOGISTIC -> logistic(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case ASIN -> Math.asin(x);
            case ACOS -> Math.acos(x);
            case ATAN -> Math.atan(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case ASINH -> asinh(x);
            case ACOSH -> acosh(x);
            case ATANH -> atanh(x);
            case SQRT -> Math.sqrt(x);
            case RSQRT -> 1 / Math.sqrt(x);
            case CBRT -> Math.cbrt(x);
            case ABS -> Math.abs(x);
            case SQUARE -> x * x;
            case NOT -> throw new IllegalStateException("not on floats passed the type rule");
        };
    }

    /** {@code 1 / (1 + exp(-x))}; the fast path uses the same formula so both agree exactly. */
    static double logistic(double x) { return 1 / (1 + Math.exp(-x)); }

    private static double asinh(double x) {
        if (Double.isInfinite(x)) return x;
        double a = Math.abs(x);
        // log(a + sqrt(a² + 1)) written to stay accurate near 0 and not overflow for large a.
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    private static double acosh(double x) {
        if (x < 1) return Double.NaN;
        if (x > 1e8) return Math.log(x) + Math.log(2);
        return Math.log1p((x - 1) + Math.sqrt((x - 1) * (x + 1)));
    }

    private static double atanh(double x) {
        if (Math.abs(x) > 1) return Double.NaN;
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }

    private static long unaryInt(Unary op, long x) {
        return switch (op) {
            case NEG -> -x;
            case SIGN -> Long.signum(x);
            case ABS -> Math.abs(x);
            case NOT -> ~x;
            case SQUARE -> x * x;
            case FLOOR, CEIL, IS_FINITE, EXP, EXP2, LOG, LOG1P, EXPM1, TANH, LOGISTIC, SIN, COS, TAN, ASIN, ACOS, ATAN,
                 SINH, COSH, ASINH, ACOSH, ATANH, SQRT, RSQRT, CBRT ->
                    throw new IllegalStateException(op.primitiveName() + " on integers passed the type rule");
        };
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
            result.setDouble(i, switch (r.roundingMethod()) {
                case AWAY_FROM_ZERO -> roundHalfAwayFromZero(v);
                case TO_NEAREST_EVEN -> Math.rint(v);
            });
        }
        return result;
    }

    private static double roundHalfAwayFromZero(double v) {
        double truncated = v < 0 ? Math.ceil(v) : Math.floor(v);
        return Math.abs(v - truncated) >= 0.5 ? truncated + Math.signum(v) : truncated;
    }

    /** {@code x ** y} by repeated squaring; floats with {@code y < 0} give {@code 1 / x ** |y|}. */
    static Buffer integerPow(int y, Buffer x, ShapedArray out) {
        int n = x.size();
        Buffer r = Buffer.allocate(out.dtype(), n);
        int e = Math.abs(y);
        if (x.dtype().isFloating()) {
            for (int i = 0; i < n; i++) {
                double p = 1;
                double base = x.getDouble(i);
                for (int k = e; k > 0; k >>= 1, base *= base) if ((k & 1) != 0) p *= base;
                r.setDouble(i, y < 0 ? 1 / p : p);
            }
        } else {
            for (int i = 0; i < n; i++) {
                long p = 1;
                long base = x.getLong(i);
                for (int k = e; k > 0; k >>= 1, base *= base) if ((k & 1) != 0) p *= base;
                r.setLong(i, p);
            }
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
                for (int i = 0; i < n; i++) r.setBool(i, compareFloat(op, x.getDouble(xi[i]), y.getDouble(yi[i])));
            } else {
                for (int i = 0; i < n; i++) r.setBool(i, compareInt(op, x.getLong(xi[i]), y.getLong(yi[i])));
            }
        } else if (t.isFloating()) {
            for (int i = 0; i < n; i++) r.setDouble(i, binaryFloat(op, x.getDouble(xi[i]), y.getDouble(yi[i])));
        } else {
            // ints wrap when stored; bools are 0/1 and every op accepted on bool keeps them 0/1.
            for (int i = 0; i < n; i++) r.setLong(i, binaryInt(op, x.getLong(xi[i]), y.getLong(yi[i])));
        }
        return r;
    }

    static double binaryFloat(Binary op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case REM -> x % y;
            case POW -> Math.pow(x, y);
            case MAX -> Math.max(x, y);
            case MIN -> Math.min(x, y);
            case ATAN2 -> Math.atan2(x, y);
            case AND, OR, XOR, EQ, NE, LT, LE, GT, GE ->
                    throw new IllegalStateException(op.primitiveName() + " is not an arithmetic op on floats");
        };
    }

    static long binaryInt(Binary op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> y == 0 ? -1 : x / y;
            case REM -> y == 0 ? x : x % y;
            case MAX -> Math.max(x, y);
            case MIN -> Math.min(x, y);
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            case POW, ATAN2, EQ, NE, LT, LE, GT, GE ->
                    throw new IllegalStateException(op.primitiveName() + " is not an arithmetic op on integers");
        };
    }

    private static boolean compareFloat(Binary op, double x, double y) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            case ADD, SUB, MUL, DIV, REM, POW, MAX, MIN, ATAN2, AND, OR, XOR ->
                    throw new IllegalStateException(op.primitiveName() + " is not a comparison");
        };
    }

    private static boolean compareInt(Binary op, long x, long y) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            case ADD, SUB, MUL, DIV, REM, POW, MAX, MIN, ATAN2, AND, OR, XOR ->
                    throw new IllegalStateException(op.primitiveName() + " is not a comparison");
        };
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
                case INT -> r.setLong(i, x.dtype().isFloating() ? saturatingLong(x.getDouble(i), out.dtype()) : x.getLong(i));
                case FLOAT -> r.setDouble(i, x.dtype().isFloating() ? x.getDouble(i) : (double) x.getLong(i));
            }
        }
        return r;
    }

    private static long saturatingLong(double v, DType t) {
        if (Double.isNaN(v)) return 0;
        return t == DType.INT32 ? (long) (int) v : (long) v;
    }
}
