package org.jaxpresso;

/** A function of three arrays. */
// Serializable so that jit can print the name of a method reference, as JAX prints fun.__name__.
@FunctionalInterface
public interface Fn3 extends java.io.Serializable {
    Array apply(Array x, Array y, Array z);
}
