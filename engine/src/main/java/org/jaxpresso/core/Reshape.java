package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code reshape[dimensions=None new_sizes=… sharding=None]}: row-major reshape. */
public record Reshape(Shape newSizes) implements Primitive {
    @Override
    public String primitiveName() { return "reshape"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        if (x.shape().size() != newSizes.size()) {
            throw new ShapeException("reshape total size must be unchanged, got new_sizes " + newSizes + " (of total size " + newSizes.size()
                    + ") for shape " + x.shape() + " (of total size " + x.shape().size() + ").");
        }
        return List.of(x.withShape(newSizes));
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("dimensions", null), Param.of("new_sizes", newSizes), Param.of("sharding", null));
    }
}
