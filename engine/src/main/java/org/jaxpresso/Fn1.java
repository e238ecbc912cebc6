package org.jaxpresso;

/**
 * A function of one array, the shape most transformed functions have: {@code Fn1 f = x -> Jnp.tanh(x);}.
 *
 * <p>It is also an {@link FnN} (taking its single argument from {@code args[0]}), which makes
 * {@code vmap(x -> …)} and {@code jit(x -> …)} pick the array overload for an inline lambda. A
 * one-argument pytree function written inline needs its type: {@code vmap((FnN) args -> …)}.
 */
// Serializable (through FnN) so that jit can print the name of a method reference, as JAX prints fun.__name__.
@FunctionalInterface
public interface Fn1 extends FnN {
    Array apply(Array x);

    @Override
    default Object apply(Object... args) { return apply((Array) args[0]); }
}
