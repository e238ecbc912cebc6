package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/**
 * {@code broadcast_in_dim}: operand dimension {@code i} becomes output dimension
 * {@code broadcastDimensions[i]}, sizes equal or 1. JAX 0.10's custom printing rule hides
 * {@code shape} and {@code sharding}, and {@code broadcast_dimensions} when it is empty.
 */
public record BroadcastInDim(Shape shape, IntTuple broadcastDimensions) implements Primitive {
    @Override
    public String primitiveName() { return "broadcast_in_dim"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 1);
        ShapedArray x = in.getFirst();
        if (x.rank() != broadcastDimensions.size()) {
            throw new ShapeException("broadcast_in_dim broadcast_dimensions must have length equal to operand ndim; got broadcast_dimensions "
                    + broadcastDimensions + " for operand ndim " + x.rank() + ".");
        }
        for (int i = 0; i < x.rank(); i++) {
            int d = broadcastDimensions.get(i);
            if (d < 0 || d >= shape.rank()) {
                throw new ShapeException("broadcast_in_dim broadcast_dimensions must be in the range [0, " + shape.rank()
                        + "); got broadcast_dimensions " + broadcastDimensions + ".");
            }
            if (i > 0 && d <= broadcastDimensions.get(i - 1)) {
                throw new ShapeException("broadcast_in_dim broadcast_dimensions must be strictly increasing; got broadcast_dimensions " + broadcastDimensions);
            }
            if (x.shape().dim(i) != 1 && x.shape().dim(i) != shape.dim(d)) {
                throw new ShapeException("broadcast_in_dim operand dimension sizes must either be 1, or be equal to their corresponding dimensions in the target broadcast shape; got operand of shape "
                        + x.shape() + ", target broadcast shape " + shape + ", broadcast_dimensions " + broadcastDimensions);
            }
        }
        return List.of(x.withShape(shape));
    }

    @Override
    public List<Param> params() {
        return broadcastDimensions.isEmpty() ? List.of() : List.of(Param.of("broadcast_dimensions", broadcastDimensions));
    }
}
