package org.jaxpresso.core;

import org.jaxpresso.DType;

/**
 * The abstract value of an array: its shape, dtype and whether the dtype is weak (came from a
 * Java scalar and defers to the other operand in promotion). Weakness is not printed in jaxpr
 * types, only in {@link #str()} as JAX's {@code ~float32[]}.
 */
public record ShapedArray(Shape shape, DType dtype, boolean weakType) {
    public ShapedArray(Shape shape, DType dtype) { this(shape, dtype, false); }

    public static ShapedArray scalar(DType dtype) { return new ShapedArray(Shape.SCALAR, dtype); }

    public int rank() { return shape.rank(); }

    public ShapedArray withShape(Shape s) { return new ShapedArray(s, dtype, weakType); }

    public ShapedArray withDtype(DType t) { return new ShapedArray(shape, t, weakType); }

    public ShapedArray strong() { return weakType ? new ShapedArray(shape, dtype, false) : this; }

    /** The jaxpr annotation: {@code f32[2,3]}. */
    public String typeString() { return dtype.shortName() + "[" + shape.commaJoined() + "]"; }

    /** JAX's long form used in messages: {@code float32[10,4]}, weak as {@code ~float32[]}. */
    public String str() { return (weakType ? "~" : "") + dtype + "[" + shape.commaJoined() + "]"; }

    @Override
    public String toString() { return "ShapedArray(" + str() + ")"; }
}
