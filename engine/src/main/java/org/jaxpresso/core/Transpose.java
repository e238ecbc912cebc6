package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code transpose[permutation=…]}: output dimension {@code i} is operand dimension {@code permutation[i]}. */
public record Transpose(IntTuple permutation) implements Primitive {
    @Override
    public String primitiveName() { return "transpose"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        boolean ok = permutation.size() == x.rank();
        boolean[] seen = new boolean[x.rank()];
        for (int i = 0; ok && i < permutation.size(); i++) {
            int p = permutation.get(i);
            ok = p >= 0 && p < x.rank() && !seen[p];
            if (ok) seen[p] = true;
        }
        if (!ok) {
            throw new ShapeException("transpose permutation isn't a permutation of operand dimensions, got permutation " + permutation
                    + " for operand shape " + x.shape() + ".");
        }
        int[] out = new int[x.rank()];
        for (int i = 0; i < out.length; i++) out[i] = x.shape().dim(permutation.get(i));
        return List.of(x.withShape(Shape.of(out)));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("permutation", permutation)); }
}
