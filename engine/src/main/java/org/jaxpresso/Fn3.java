package org.jaxpresso;

/** A function of three arrays. */
@FunctionalInterface
public interface Fn3 {
    Array apply(Array x, Array y, Array z);
}
