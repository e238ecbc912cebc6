package org.jaxpresso;

/** A function of two arrays: {@code Fn2 convolve = (x, w) -> …;}. */
// Serializable so that jit can print the name of a method reference, as JAX prints fun.__name__.
@FunctionalInterface
public interface Fn2 extends java.io.Serializable {
    Array apply(Array x, Array y);
}
