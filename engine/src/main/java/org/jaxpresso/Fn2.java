package org.jaxpresso;

/** A function of two arrays: {@code Fn2 convolve = (x, w) -> …;}. */
@FunctionalInterface
public interface Fn2 {
    Array apply(Array x, Array y);
}
