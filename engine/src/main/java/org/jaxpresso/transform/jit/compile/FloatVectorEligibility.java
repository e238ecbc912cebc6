package org.jaxpresso.transform.jit.compile;

import org.jaxpresso.DType;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Unary;

/**
 * Which groups the Vector API path runs: float32 elementwise bodies without a reduction, whose
 * loads are contiguous or constant, built from the ops {@link FloatVectorGroup} has loops for
 * (a float32-to-float32 {@code convert_element_type}, which only drops weak typing, is a copy).
 * Kept apart from that class so the check never loads {@code jdk.incubator.vector}.
 */
final class FloatVectorEligibility {
    private FloatVectorEligibility() {}

    /** {@code exactOnly} leaves out the approximate functions ({@link JitNumerics#APPROXIMATE_FLOAT32}). */
    static boolean accepts(FusedGroup g, boolean exactOnly) {
        return g.reduce() == null && g.body() instanceof LoopExpr.Apply && accepts(g.body(), exactOnly);
    }

    private static boolean accepts(LoopExpr e, boolean exactOnly) {
        if (e.dtype() != DType.FLOAT32) return false;
        return switch (e) {
            case LoopExpr.Load l -> l.map().isContiguous() || l.map().isConstant();
            case LoopExpr.IotaLeaf i -> false;
            case LoopExpr.Scalar s -> true;
            case LoopExpr.Apply a -> supported(a, exactOnly) && a.args().stream().allMatch(c -> accepts(c, exactOnly));
        };
    }

    private static boolean supported(LoopExpr.Apply a, boolean exactOnly) {
        if (a.op() instanceof Binary b) {
            return switch (b) {
                case ADD, SUB, MUL, DIV, MAX, MIN -> true;
                case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> false;
            };
        }
        if (a.op() instanceof org.jaxpresso.core.ConvertElementType) return a.args().getFirst().dtype() == DType.FLOAT32;
        if (a.op() instanceof Unary u) {
            return switch (u) {
                case NEG, ABS, SQRT, SQUARE -> true;
                case TANH, EXP, LOG -> !exactOnly && JitNumerics.approximates(u);
                case SIGN, FLOOR, CEIL, IS_FINITE, EXP2, LOG1P, EXPM1, LOGISTIC, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH,
                     ASINH, ACOSH, ATANH, RSQRT, CBRT, NOT -> false;
            };
        }
        return false;
    }
}
