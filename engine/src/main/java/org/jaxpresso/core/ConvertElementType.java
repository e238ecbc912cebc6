package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;

/** {@code convert_element_type[new_dtype=… weak_type=…]}; the hidden {@code sharding=None} is dropped. */
public record ConvertElementType(DType newDtype, boolean weakType) implements Primitive {
    @Override
    public String primitiveName() { return "convert_element_type"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        return List.of(new ShapedArray(in.getFirst().shape(), newDtype, weakType));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("new_dtype", newDtype), Param.of("weak_type", weakType)); }
}
