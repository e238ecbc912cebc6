package org.jaxpresso.core;

/**
 * One printed param of an equation. {@code value} is either text already in Python's
 * {@code str} form, or a {@link Jaxpr}/{@link ClosedJaxpr} that the printer lays out.
 */
public record Param(String name, Object value) {
    public static Param of(String name, Object value) {
        return new Param(name, value instanceof Jaxpr || value instanceof ClosedJaxpr ? value : PyFormat.str(value));
    }
}
