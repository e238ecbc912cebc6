package org.jaxpresso;

/**
 * A function of pytrees: each argument and the result may be an {@link Array}, a Java scalar,
 * a {@code List}, a {@code Map}, {@code null} or any record of those.
 */
@FunctionalInterface
public interface FnN {
    Object apply(Object... args);
}
