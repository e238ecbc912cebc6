package org.jaxpresso;

/** Operand shapes that do not fit together (JAX raises {@code TypeError}/{@code ValueError}). */
public class ShapeException extends JaxpressoException {
    public ShapeException(String message) { super(message); }
}
