package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.core.TypeRules.Accepts;

/** {@code round[rounding_method=…]}: elementwise rounding of floats. */
public record Round(RoundingMethod roundingMethod) implements Primitive {
    /** lax.RoundingMethod, an IntEnum: it prints as its number. */
    public enum RoundingMethod {
        AWAY_FROM_ZERO, TO_NEAREST_EVEN;

        @Override
        public String toString() { return Integer.toString(ordinal()); }
    }

    @Override
    public String primitiveName() { return "round"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity("round", in, 1);
        TypeRules.checkDtype("round", in.getFirst().dtype(), Accepts.FLOAT);
        return in;
    }

    @Override
    public List<Param> params() { return List.of(Param.of("rounding_method", roundingMethod)); }
}
