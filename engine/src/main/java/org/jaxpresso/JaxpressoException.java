package org.jaxpresso;

/** The root of every error the engine raises on purpose; messages read like JAX's. */
public class JaxpressoException extends RuntimeException {
    public JaxpressoException(String message) { super(message); }

    public JaxpressoException(String message, Throwable cause) { super(message, cause); }
}
