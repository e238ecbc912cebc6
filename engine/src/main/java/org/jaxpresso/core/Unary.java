package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.TypeRules.Accepts;

/** Parameter-less elementwise ops of one operand. The output has the operand's shape and dtype. */
public enum Unary implements Primitive {
    NEG("neg", Accepts.NUMBER), SIGN("sign", Accepts.NUMBER), FLOOR("floor", Accepts.FLOAT),
    CEIL("ceil", Accepts.FLOAT), IS_FINITE("is_finite", Accepts.FLOAT),
    EXP("exp", Accepts.FLOAT), EXP2("exp2", Accepts.FLOAT), LOG("log", Accepts.FLOAT),
    LOG1P("log1p", Accepts.FLOAT), EXPM1("expm1", Accepts.FLOAT), TANH("tanh", Accepts.FLOAT),
    LOGISTIC("logistic", Accepts.FLOAT), SIN("sin", Accepts.FLOAT), COS("cos", Accepts.FLOAT),
    TAN("tan", Accepts.FLOAT), ASIN("asin", Accepts.FLOAT), ACOS("acos", Accepts.FLOAT),
    ATAN("atan", Accepts.FLOAT), SINH("sinh", Accepts.FLOAT), COSH("cosh", Accepts.FLOAT),
    ASINH("asinh", Accepts.FLOAT), ACOSH("acosh", Accepts.FLOAT), ATANH("atanh", Accepts.FLOAT),
    SQRT("sqrt", Accepts.FLOAT), RSQRT("rsqrt", Accepts.FLOAT), CBRT("cbrt", Accepts.FLOAT),
    ABS("abs", Accepts.NUMBER), NOT("not", Accepts.INT_OR_BOOL), SQUARE("square", Accepts.NUMBER);

    private final String printedName;
    private final Accepts accepts;

    Unary(String printedName, Accepts accepts) {
        this.printedName = printedName;
        this.accepts = accepts;
    }

    @Override
    public String primitiveName() { return printedName; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(printedName, in, 1);
        ShapedArray x = in.getFirst();
        TypeRules.checkDtype(printedName, x.dtype(), accepts);
        return List.of(this == IS_FINITE ? new ShapedArray(x.shape(), DType.BOOL) : x);
    }
}
