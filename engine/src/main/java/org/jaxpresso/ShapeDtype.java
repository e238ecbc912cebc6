package org.jaxpresso;

import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/** An abstract argument for {@link Jax#makeJaxpr}: a shape and dtype without values, as {@code jax.ShapeDtypeStruct}. */
public record ShapeDtype(Shape shape, DType dtype) {
    public static ShapeDtype of(DType dtype, int... shape) { return new ShapeDtype(Shape.of(shape), dtype); }

    public ShapedArray aval() { return new ShapedArray(shape, Config.get().canonicalize(dtype)); }

    @Override
    public String toString() { return "ShapeDtypeStruct(shape=" + shape + ", dtype=" + dtype + ")"; }
}
