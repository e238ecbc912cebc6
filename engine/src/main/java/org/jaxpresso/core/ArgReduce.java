package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.DType;

/** {@code argmax}/{@code argmin}{@code [axes=(k,) index_dtype=int32]}: the first index of the extreme value along one axis. */
public record ArgReduce(Op op, int axis, DType indexDtype) implements Primitive {
    public enum Op { ARGMAX, ARGMIN }

    @Override
    public String primitiveName() { return op == Op.ARGMAX ? "argmax" : "argmin"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        TypeRules.checkAxes(primitiveName(), IntTuple.of(axis), x.rank());
        if (x.shape().dim(axis) == 0) {
            throw new org.jaxpresso.ShapeException(primitiveName() + " attempt to get " + primitiveName() + " of an empty sequence");
        }
        return List.of(new ShapedArray(x.shape().remove(axis), indexDtype));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("axes", IntTuple.of(axis)), Param.of("index_dtype", indexDtype)); }
}
