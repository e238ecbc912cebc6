package org.jaxpresso;

/**
 * Raised when Java code asks for the value of a traced array: {@code item()},
 * {@code toFloatArray()}, or a Java {@code if} on a comparison. The message names the
 * transformation that made the value abstract and what to use instead, as JAX's
 * {@code ConcretizationTypeError} does.
 */
public class ConcretizationException extends JaxpressoException {
    public ConcretizationException(String message) { super(message); }
}
