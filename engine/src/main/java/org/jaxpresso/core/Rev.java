package org.jaxpresso.core;

import java.util.List;

/** {@code rev[dimensions=…]}: reverses the order of elements along the given dimensions. */
public record Rev(IntTuple dimensions) implements Primitive {
    @Override
    public String primitiveName() { return "rev"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        TypeRules.checkAxes(primitiveName(), dimensions, in.getFirst().rank());
        return in;
    }

    @Override
    public List<Param> params() { return List.of(Param.of("dimensions", dimensions)); }
}
