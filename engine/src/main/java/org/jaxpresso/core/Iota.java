package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;

/** {@code iota[dimension=… dtype=… shape=… sharding=None]}: indices counting along one dimension. */
public record Iota(DType dtype, Shape shape, int dimension) implements Primitive {
    @Override
    public String primitiveName() { return "iota"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 0);
        if (dimension < 0 || dimension >= shape.rank()) {
            throw new org.jaxpresso.AxisException("iota dimension must be between 0 and len(shape), got dimension=" + dimension + " for shape " + shape + ".");
        }
        return List.of(new ShapedArray(shape, dtype));
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("dimension", dimension), Param.of("dtype", dtype), Param.of("shape", shape), Param.of("sharding", null));
    }
}
