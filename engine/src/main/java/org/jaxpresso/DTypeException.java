package org.jaxpresso;

/** An element type that an operation does not accept (JAX's {@code TypeError}). */
public class DTypeException extends JaxpressoException {
    public DTypeException(String message) { super(message); }
}
