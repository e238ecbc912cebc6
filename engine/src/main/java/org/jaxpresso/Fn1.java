package org.jaxpresso;

/** A function of one array, the shape most transformed functions have: {@code Fn1 f = x -> Jnp.tanh(x);}. */
@FunctionalInterface
public interface Fn1 {
    Array apply(Array x);
}
