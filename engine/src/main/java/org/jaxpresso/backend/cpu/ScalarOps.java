package org.jaxpresso.backend.cpu;

import org.jaxpresso.DType;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Reduce;
import org.jaxpresso.core.Round;
import org.jaxpresso.core.Unary;

/**
 * The scalar meaning of every elementwise op: the one definition the reference kernels
 * ({@link ElementwiseKernels}) and the fused compiler both evaluate, so fused loops give the
 * reference's values bit for bit. Floats are computed in {@code double} and rounded to the element
 * type after every op ({@link #roundFloat}), integers in {@code long} and wrapped
 * ({@link #wrapInt}), bools are 0/1.
 */
public final class ScalarOps {
    private ScalarOps() {}

    /** A double rounded to the storage of {@code t}: float32 rounds once, float64 is exact. */
    public static double roundFloat(DType t, double v) { return t == DType.FLOAT32 ? (float) v : v; }

    /** A long stored as {@code t}: int32 wraps, bool is {@code != 0}, int64 is exact. */
    public static long wrapInt(DType t, long v) {
        return switch (t) {
            case INT32 -> (int) v;
            case BOOL -> v != 0 ? 1 : 0;
            case INT64, FLOAT32, FLOAT64 -> v;
        };
    }

    public static double unaryFloat(Unary op, double x) {
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

    /** {@code 1 / (1 + exp(-x))}. */
    public static double logistic(double x) { return 1 / (1 + Math.exp(-x)); }

    private static double asinh(double x) {
        if (Double.isInfinite(x)) return x;
        double a = Math.abs(x);
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

    /** Integer and bool unary ops (bool only has {@code not}). */
    public static long unaryInt(Unary op, DType t, long x) {
        if (t == DType.BOOL) {
            if (op != Unary.NOT) throw new IllegalStateException(op.primitiveName() + " on bool passed the type rule");
            return x != 0 ? 0 : 1;
        }
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

    public static double round(Round.RoundingMethod method, double v) {
        return switch (method) {
            case AWAY_FROM_ZERO -> {
                double truncated = v < 0 ? Math.ceil(v) : Math.floor(v);
                yield Math.abs(v - truncated) >= 0.5 ? truncated + Math.signum(v) : truncated;
            }
            case TO_NEAREST_EVEN -> Math.rint(v);
        };
    }

    public static double integerPowFloat(int y, double x) {
        double p = 1;
        double base = x;
        for (int k = Math.abs(y); k > 0; k >>= 1, base *= base) if ((k & 1) != 0) p *= base;
        return y < 0 ? 1 / p : p;
    }

    public static long integerPowInt(int y, long x) {
        long p = 1;
        long base = x;
        for (int k = Math.abs(y); k > 0; k >>= 1, base *= base) if ((k & 1) != 0) p *= base;
        return p;
    }

    public static double binaryFloat(Binary op, double x, double y) {
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

    public static long binaryInt(Binary op, long x, long y) {
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

    public static boolean compareFloat(Binary op, double x, double y) {
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

    public static boolean compareInt(Binary op, long x, long y) {
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

    /** Float to int as XLA converts: NaN to 0, int32 through Java's saturating cast. */
    public static long floatToInt(double v, DType t) {
        if (Double.isNaN(v)) return 0;
        return t == DType.INT32 ? (long) (int) v : (long) v;
    }

    public static double floatIdentity(Reduce.Op op) {
        return switch (op) {
            case SUM, OR -> 0;
            case PROD, AND -> 1;
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
        };
    }

    public static long intIdentity(Reduce.Op op, DType t) {
        return switch (op) {
            case SUM, OR -> 0;
            case PROD -> 1;
            case AND -> t.isBool() ? 1 : -1;
            case MAX -> t.isBool() ? 0 : t == DType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            case MIN -> t.isBool() ? 1 : t == DType.INT32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        };
    }

    public static double combineFloat(Reduce.Op op, double acc, double v) {
        return switch (op) {
            case SUM -> acc + v;
            case PROD -> acc * v;
            case MAX -> Math.max(acc, v);
            case MIN -> Math.min(acc, v);
            case AND, OR -> throw new IllegalStateException(op + " on floats passed the type rule");
        };
    }

    public static long combineInt(Reduce.Op op, long acc, long v) {
        return switch (op) {
            case SUM -> acc + v;
            case PROD -> acc * v;
            case MAX -> Math.max(acc, v);
            case MIN -> Math.min(acc, v);
            case AND -> acc & v;
            case OR -> acc | v;
        };
    }
}
