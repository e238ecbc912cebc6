package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.ShapeException;

/** {@code concatenate[dimension=…]}: joins operands of equal dtype and rank along one dimension. */
public record Concatenate(int dimension) implements Primitive {
    @Override
    public String primitiveName() { return "concatenate"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        if (in.isEmpty()) throw new ShapeException("concatenate requires a non-empty sequence of arrays");
        TypeRules.checkSameDtypes(primitiveName(), in);
        Shape first = in.getFirst().shape();
        if (dimension < 0 || dimension >= first.rank()) {
            throw new org.jaxpresso.AxisException("concatenate dimension out of bounds: dimension " + dimension + " for shapes "
                    + TypeRules.joined(in.stream().map(ShapedArray::shape).toList()) + ".");
        }
        int total = 0;
        List<Shape> shapes = new ArrayList<>();
        for (ShapedArray a : in) shapes.add(a.shape());
        for (Shape s : shapes) {
            boolean ok = s.rank() == first.rank();
            for (int i = 0; ok && i < s.rank(); i++) ok = i == dimension || s.dim(i) == first.dim(i);
            if (!ok) {
                throw new ShapeException("Cannot concatenate arrays with shapes that differ in dimensions other than the one being concatenated: concatenating along dimension "
                        + dimension + " for shapes " + TypeRules.joined(shapes) + ".");
            }
            total += s.dim(dimension);
        }
        return List.of(new ShapedArray(first.with(dimension, total), in.getFirst().dtype(), in.stream().allMatch(ShapedArray::weakType)));
    }

    @Override
    public List<Param> params() { return List.of(Param.of("dimension", dimension)); }
}
