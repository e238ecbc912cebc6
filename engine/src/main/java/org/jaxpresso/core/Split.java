package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code split[axis=… sizes=…]}: cuts the operand along one axis into pieces of the given sizes (one output each). */
public record Split(IntTuple sizes, int axis) implements Primitive {
    @Override
    public String primitiveName() { return "split"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        TypeRules.checkAxes(primitiveName(), IntTuple.of(axis), x.rank());
        int total = 0;
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) < 0) throw new ShapeException("split sizes must be nonnegative, got sizes " + sizes + ".");
            total += sizes.get(i);
        }
        if (total != x.shape().dim(axis)) {
            throw new ShapeException("Sum of sizes " + total + " must be equal to dimension " + axis + " of the operand shape " + x.shape() + ".");
        }
        List<ShapedArray> out = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) out.add(x.withShape(x.shape().with(axis, sizes.get(i))));
        return out;
    }

    @Override
    public List<Param> params() { return List.of(Param.of("axis", axis), Param.of("sizes", sizes)); }
}
