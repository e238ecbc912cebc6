package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.TypeRules.Accepts;

/**
 * Parameter-less elementwise ops of two operands with lax's broadcasting: equal dtypes, equal
 * ranks with size-1 dimensions stretched, and rank-0 operands broadcast freely (that is how
 * {@code mul c 3.0:f32[]} type-checks). Comparisons return bool.
 */
public enum Binary implements Primitive {
    ADD("add", Accepts.NUMBER), SUB("sub", Accepts.NUMBER), MUL("mul", Accepts.NUMBER),
    DIV("div", Accepts.NUMBER), REM("rem", Accepts.NUMBER), POW("pow", Accepts.FLOAT),
    MAX("max", Accepts.ANY), MIN("min", Accepts.ANY), ATAN2("atan2", Accepts.FLOAT),
    AND("and", Accepts.INT_OR_BOOL), OR("or", Accepts.INT_OR_BOOL), XOR("xor", Accepts.INT_OR_BOOL),
    EQ("eq", Accepts.ANY), NE("ne", Accepts.ANY), LT("lt", Accepts.ORDERED),
    LE("le", Accepts.ORDERED), GT("gt", Accepts.ORDERED), GE("ge", Accepts.ORDERED);

    private final String printedName;
    private final Accepts accepts;

    Binary(String printedName, Accepts accepts) {
        this.printedName = printedName;
        this.accepts = accepts;
    }

    @Override
    public String primitiveName() { return printedName; }

    public boolean isComparison() { return ordinal() >= EQ.ordinal(); }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(printedName, in, 2);
        for (ShapedArray a : in) TypeRules.checkDtype(printedName, a.dtype(), accepts);
        DType t = TypeRules.checkSameDtypes(printedName, in);
        Shape s = TypeRules.broadcastShapes(printedName, in);
        boolean weak = !isComparison() && in.stream().allMatch(ShapedArray::weakType);
        return List.of(new ShapedArray(s, isComparison() ? DType.BOOL : t, weak));
    }
}
