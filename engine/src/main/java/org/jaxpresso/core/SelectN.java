package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;

/**
 * {@code select_n which *cases}: picks {@code cases[which]} elementwise. {@code which} is bool
 * (False picks the first case) or int32, and is a scalar or has the cases' shape.
 */
public record SelectN() implements Primitive {
    @Override
    public String primitiveName() { return "select_n"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        if (in.size() < 2) throw new org.jaxpresso.JaxpressoException("select_n requires at least one case");
        ShapedArray which = in.getFirst();
        List<ShapedArray> cases = in.subList(1, in.size());
        if (which.dtype() != DType.BOOL && which.dtype() != DType.INT32) {
            throw new DTypeException("select_n requires the predicate to be a boolean or int32 array, got " + which.dtype() + ".");
        }
        if (which.dtype() == DType.BOOL && cases.size() > 2) {
            throw new DTypeException("select_n with a boolean predicate takes at most two cases, got " + cases.size() + ".");
        }
        Shape s = cases.getFirst().shape();
        for (ShapedArray c : cases) {
            if (!c.shape().equals(s)) {
                List<Shape> shapes = new ArrayList<>();
                for (ShapedArray x : cases) shapes.add(x.shape());
                throw new ShapeException("select_n cases must have the same shapes, got [" + shapes.stream().map(Shape::toString).collect(Collectors.joining(", ")) + "].");
            }
            if (c.dtype() != cases.getFirst().dtype()) {
                throw new DTypeException("select_n cases must have the same dtypes, got [" + cases.stream().map(x -> x.dtype().toString()).collect(Collectors.joining(", ")) + "].");
            }
        }
        if (which.rank() != 0 && !which.shape().equals(s)) {
            throw new ShapeException("select_n which must be scalar or have the same shape as cases, got which shape " + which.shape() + " but case shape " + s + ".");
        }
        return List.of(new ShapedArray(s, cases.getFirst().dtype(), cases.stream().allMatch(ShapedArray::weakType)));
    }
}
