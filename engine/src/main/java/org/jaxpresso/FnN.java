package org.jaxpresso;

/**
 * A function of pytrees: each argument and the result may be an {@link Array}, a Java scalar,
 * a {@code List}, a {@code Map}, {@code null} or any record of those.
 */
// Serializable so that jit can print the name of a method reference, as JAX prints fun.__name__.
@FunctionalInterface
public interface FnN extends java.io.Serializable {
    Object apply(Object... args);
}
