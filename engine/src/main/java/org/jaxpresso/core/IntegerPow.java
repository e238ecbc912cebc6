package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.core.TypeRules.Accepts;

/** {@code integer_pow[y=…]}: {@code x ** y} for a static integer exponent. */
public record IntegerPow(int y) implements Primitive {
    @Override
    public String primitiveName() { return "integer_pow"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity("integer_pow", in, 1);
        TypeRules.checkDtype("integer_pow", in.getFirst().dtype(), Accepts.NUMBER);
        if (y < 0 && in.getFirst().dtype().isInteger()) {
            throw new org.jaxpresso.DTypeException("Integers cannot be raised to negative powers, got integer_pow(x, " + y + ")");
        }
        return in;
    }

    @Override
    public List<Param> params() { return List.of(Param.of("y", y)); }
}
