package org.jaxpresso.testkit;

import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Unary;

/** The {@code Lax} method for each parameter-less elementwise primitive, so generated programs call the public API. */
final class LaxByName {
    private LaxByName() {}

    static Array unary(Unary op, Array x) {
        return switch (op) {
            case NEG -> Lax.neg(x);
            case SIGN -> Lax.sign(x);
            case FLOOR -> Lax.floor(x);
            case CEIL -> Lax.ceil(x);
            case IS_FINITE -> Lax.isFinite(x);
            case EXP -> Lax.exp(x);
            case EXP2 -> Lax.exp2(x);
            case LOG -> Lax.log(x);
            case LOG1P -> Lax.log1p(x);
            case EXPM1 -> Lax.expm1(x);
            case TANH -> Lax.tanh(x);
            case LOGISTIC -> Lax.logistic(x);
            case SIN -> Lax.sin(x);
            case COS -> Lax.cos(x);
            case TAN -> Lax.tan(x);
            case ASIN -> Lax.asin(x);
            case ACOS -> Lax.acos(x);
            case ATAN -> Lax.atan(x);
            case SINH -> Lax.sinh(x);
            case COSH -> Lax.cosh(x);
            case ASINH -> Lax.asinh(x);
            case ACOSH -> Lax.acosh(x);
            case ATANH -> Lax.atanh(x);
            case SQRT -> Lax.sqrt(x);
            case RSQRT -> Lax.rsqrt(x);
            case CBRT -> Lax.cbrt(x);
            case ABS -> Lax.abs(x);
            case NOT -> Lax.bitwiseNot(x);
            case SQUARE -> Lax.square(x);
        };
    }

    static Array binary(Binary op, Array x, Array y) {
        return switch (op) {
            case ADD -> Lax.add(x, y);
            case SUB -> Lax.sub(x, y);
            case MUL -> Lax.mul(x, y);
            case DIV -> Lax.div(x, y);
            case REM -> Lax.rem(x, y);
            case POW -> Lax.pow(x, y);
            case MAX -> Lax.max(x, y);
            case MIN -> Lax.min(x, y);
            case ATAN2 -> Lax.atan2(x, y);
            case AND -> Lax.bitwiseAnd(x, y);
            case OR -> Lax.bitwiseOr(x, y);
            case XOR -> Lax.bitwiseXor(x, y);
            case EQ -> Lax.eq(x, y);
            case NE -> Lax.ne(x, y);
            case LT -> Lax.lt(x, y);
            case LE -> Lax.le(x, y);
            case GT -> Lax.gt(x, y);
            case GE -> Lax.ge(x, y);
        };
    }
}
