package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;

/**
 * {@code axis_index[axis_name=i]}: this example's position along the vmapped axis named
 * {@code axisName}, an int32 scalar. It has no operands; vmap of that name replaces it with
 * {@code iota}, and it never reaches a backend.
 */
public record AxisIndex(String axisName) implements Primitive {
    @Override
    public String primitiveName() { return "axis_index"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 0);
        AxisEnv.checkBound(axisName);
        return List.of(ShapedArray.scalar(DType.INT32));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("axis_name", axisName)); }
}
