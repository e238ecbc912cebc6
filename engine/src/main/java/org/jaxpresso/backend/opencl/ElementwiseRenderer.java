package org.jaxpresso.backend.opencl;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Reduce;
import org.jaxpresso.core.Round;
import org.jaxpresso.core.Unary;

/**
 * The OpenCL C expression of every elementwise op, given its operand expressions: the table the
 * reference's {@code ScalarOps} defines in Java. Integer arithmetic goes through the unsigned type
 * so it wraps as XLA's does; integer division by zero gives -1 and remainder by zero the
 * dividend; float max/min propagate NaN; float-to-int conversion truncates, saturates and sends
 * NaN to 0. Operand expressions must be plain names (they may be repeated). The eager kernels
 * ({@link KernelSources}) and jit's renderer of fused loop nests both build on this table.
 */
public final class ElementwiseRenderer {
    private ElementwiseRenderer() {}

    /** Definitions the expressions rely on; every program starts with them. */
    public static final String PRELUDE = """
            #pragma OPENCL FP_CONTRACT OFF
            #define JX_MAX(a, b) (isnan(a) ? (a) : isnan(b) ? (b) : fmax((a), (b)))
            #define JX_MIN(a, b) (isnan(a) ? (a) : isnan(b) ? (b) : fmin((a), (b)))
            int jx_offset(int i, int rank, __global const int* dims, __global const int* strides) {
                int off = 0;
                for (int d = rank - 1; d >= 0; d--) {
                    int q = i % dims[d];
                    i /= dims[d];
                    off += q * strides[d];
                }
                return off;
            }
            """;

    public static String unary(Unary op, DType t, String a) {
        String c = ClTypes.name(t);
        if (t.isBool()) return "(uchar) (" + a + " ^ 1)"; // not is the only bool unary op
        if (!t.isFloating()) {
            String u = ClTypes.unsignedName(t);
            return switch (op) {
                case NEG -> "(" + c + ") ((" + u + ") 0 - (" + u + ") " + a + ")";
                case SIGN -> "(" + c + ") ((" + a + " > 0) - (" + a + " < 0))";
                case ABS -> "(" + c + ") abs(" + a + ")";
                case NOT -> "~" + a;
                case SQUARE -> "(" + c + ") ((" + u + ") " + a + " * (" + u + ") " + a + ")";
                case FLOOR, CEIL, IS_FINITE, EXP, EXP2, LOG, LOG1P, EXPM1, TANH, LOGISTIC, SIN, COS, TAN, ASIN, ACOS, ATAN,
                     SINH, COSH, ASINH, ACOSH, ATANH, SQRT, RSQRT, CBRT ->
                        throw new IllegalStateException(op.primitiveName() + " on integers passed the type rule");
            };
        }
        return switch (op) {
            case NEG -> "-" + a;
            case SIGN -> "(isnan(" + a + ") ? " + a + " : sign(" + a + "))";
            case FLOOR, CEIL, EXP, EXP2, LOG, LOG1P, EXPM1, TANH, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, ASINH, ACOSH,
                 ATANH, SQRT, CBRT -> op.name().toLowerCase(java.util.Locale.ROOT) + "(" + a + ")";
            case IS_FINITE -> "(uchar) (isfinite(" + a + ") ? 1 : 0)";
            case LOGISTIC -> "(" + c + ") 1 / ((" + c + ") 1 + exp(-" + a + "))";
            case RSQRT -> "(" + c + ") 1 / sqrt(" + a + ")";
            case ABS -> "fabs(" + a + ")";
            case SQUARE -> a + " * " + a;
            case NOT -> throw new IllegalStateException("not on floats passed the type rule");
        };
    }

    public static String round(Round.RoundingMethod method, String a) {
        return switch (method) {
            case AWAY_FROM_ZERO -> "round(" + a + ")";
            case TO_NEAREST_EVEN -> "rint(" + a + ")";
        };
    }

    /** {@code op} on two operands of dtype {@code t}; comparisons give a {@code uchar} 0 or 1. */
    public static String binary(Binary op, DType t, String a, String b) {
        if (op.isComparison()) {
            String cmp = switch (op) {
                case EQ -> "==";
                case NE -> "!=";
                case LT -> "<";
                case LE -> "<=";
                case GT -> ">";
                case GE -> ">=";
                case ADD, SUB, MUL, DIV, REM, POW, MAX, MIN, ATAN2, AND, OR, XOR -> throw new IllegalStateException(op + " is not a comparison");
            };
            return "(uchar) (" + a + " " + cmp + " " + b + ")";
        }
        String c = ClTypes.name(t);
        if (t.isFloating()) {
            return switch (op) {
                case ADD -> a + " + " + b;
                case SUB -> a + " - " + b;
                case MUL -> a + " * " + b;
                case DIV -> a + " / " + b;
                case REM -> "fmod(" + a + ", " + b + ")";
                case POW -> "pow(" + a + ", " + b + ")";
                case MAX -> "JX_MAX(" + a + ", " + b + ")";
                case MIN -> "JX_MIN(" + a + ", " + b + ")";
                case ATAN2 -> "atan2(" + a + ", " + b + ")";
                case AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> throw new IllegalStateException(op + " on floats passed the type rule");
            };
        }
        String u = ClTypes.unsignedName(t);
        String wrapped = "(" + c + ") ((" + u + ") " + a + " %s (" + u + ") " + b + ")";
        return switch (op) {
            case ADD -> wrapped.formatted("+");
            case SUB -> wrapped.formatted("-");
            case MUL -> wrapped.formatted("*");
            case DIV -> "(" + b + " == 0 ? (" + c + ") -1 : " + b + " == (" + c + ") -1 ? (" + c + ") ((" + u + ") 0 - (" + u + ") " + a
                    + ") : " + a + " / " + b + ")";
            case REM -> "(" + b + " == 0 ? " + a + " : " + b + " == (" + c + ") -1 ? (" + c + ") 0 : " + a + " % " + b + ")";
            case MAX -> "max(" + a + ", " + b + ")";
            case MIN -> "min(" + a + ", " + b + ")";
            case AND -> "(" + c + ") (" + a + " & " + b + ")";
            case OR -> "(" + c + ") (" + a + " | " + b + ")";
            case XOR -> "(" + c + ") (" + a + " ^ " + b + ")";
            case POW, ATAN2, EQ, NE, LT, LE, GT, GE -> throw new IllegalStateException(op + " on integers passed the type rule");
        };
    }

    /** {@code x ** y} by repeated squaring, unrolled for the static {@code y}, as statements ending in {@code result = …;}. */
    public static String integerPow(int y, DType t, String x, String result) {
        String c = ClTypes.name(t);
        StringBuilder s = new StringBuilder("        " + c + " p = (" + c + ") 1;\n        " + c + " base = " + x + ";\n");
        for (int k = Math.abs(y); k > 0; k >>= 1) {
            if ((k & 1) != 0) s.append("        p = ").append(t.isFloating() ? "p * base" : binary(Binary.MUL, t, "p", "base")).append(";\n");
            if (k > 1) s.append("        base = ").append(t.isFloating() ? "base * base" : binary(Binary.MUL, t, "base", "base")).append(";\n");
        }
        s.append("        ").append(result).append(" = ").append(y < 0 ? "(" + c + ") 1 / p" : "p").append(";\n");
        return s.toString();
    }

    /** {@code a} converted from {@code from} to {@code to} as XLA converts. */
    public static String convert(DType from, DType to, String a) {
        if (to.isBool()) return "(uchar) (" + a + " != 0)";
        if (to.isFloating() || !from.isFloating()) return "(" + ClTypes.name(to) + ") " + a;
        return "convert_" + ClTypes.name(to) + "_sat_rtz(" + a + ")";
    }

    /** lax.clamp: {@code min(max(x, lo), hi)} with the NaN-propagating max/min of {@code t}. */
    public static String clamp(DType t, String lo, String x, String hi) {
        return binary(Binary.MIN, t, "(" + binary(Binary.MAX, t, x, lo) + ")", hi);
    }

    /** select_n: case {@code which} (bool, or int32 clamped into range as the reference does) of {@code cases}. */
    public static String select(DType which, String k, List<String> cases) {
        String index = which.isBool() ? k : "clamp(" + k + ", 0, " + (cases.size() - 1) + ")";
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cases.size() - 1; c++) s.append(index).append(" == ").append(c).append(" ? ").append(cases.get(c)).append(" : ");
        return s.append(cases.getLast()).toString();
    }

    /** The value a reduction starts from: its operation's identity in dtype {@code t}. */
    public static String reductionIdentity(Reduce.Op op, DType t) {
        String c = ClTypes.name(t);
        if (t.isFloating()) {
            return switch (op) {
                case SUM -> "(" + c + ") 0";
                case PROD -> "(" + c + ") 1";
                case MAX -> "-INFINITY";
                case MIN -> "INFINITY";
                case AND, OR -> throw new IllegalStateException(op + " on floats passed the type rule");
            };
        }
        boolean bool = t.isBool();
        boolean int32 = t == DType.INT32;
        String v = switch (op) {
            case SUM, OR -> "0";
            case PROD -> "1";
            case AND -> bool ? "1" : "-1";
            case MAX -> bool ? "0" : int32 ? "INT_MIN" : "LONG_MIN";
            case MIN -> bool ? "1" : int32 ? "INT_MAX" : "LONG_MAX";
        };
        return "(" + c + ") " + v;
    }

    /** One step of a reduction: {@code acc} combined with {@code v}. */
    public static String combine(Reduce.Op op, DType t, String acc, String v) {
        return switch (op) {
            case SUM -> binary(Binary.ADD, t, acc, v);
            case PROD -> binary(Binary.MUL, t, acc, v);
            case MAX -> binary(Binary.MAX, t, acc, v);
            case MIN -> binary(Binary.MIN, t, acc, v);
            case AND -> binary(Binary.AND, t, acc, v);
            case OR -> binary(Binary.OR, t, acc, v);
        };
    }

    /** What every program starts with: the double-precision extension when it is used, then {@link #PRELUDE}. */
    public static String prelude(boolean float64) {
        return (float64 ? "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n" : "") + PRELUDE;
    }
}
