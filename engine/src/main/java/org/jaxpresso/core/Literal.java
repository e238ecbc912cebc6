package org.jaxpresso.core;

import org.jaxpresso.DType;

/**
 * A scalar constant printed inline: {@code 3.0:f32[]}, {@code 2:i32[]}, {@code True:bool[]}.
 * {@code value} is a {@code Boolean}, a {@code Long} or a {@code Double} already rounded to the
 * dtype (so a float32 0.1 prints {@code 0.10000000149011612}, as JAX prints it).
 */
public record Literal(Object value, ShapedArray aval) implements Atom {
    public Literal {
        if (aval.rank() != 0) throw new IllegalArgumentException("literals are scalars, got " + aval);
        value = switch (aval.dtype().kind()) {
            case BOOL -> (Boolean) value;
            case INT -> ((Number) value).longValue();
            case FLOAT -> aval.dtype() == DType.FLOAT32 ? (double) ((Number) value).floatValue() : ((Number) value).doubleValue();
        };
    }

    /** The value as Python's {@code str(value.item())} prints it. */
    public String valueText() {
        return switch (value) {
            case Boolean b -> PyFormat.bool(b);
            case Double d -> PyFormat.floatRepr(d);
            default -> value.toString();
        };
    }

    @Override
    public String toString() { return valueText() + ":" + aval.typeString(); }
}
