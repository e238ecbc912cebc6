package org.jaxpresso;

import java.util.Set;

/** An option of {@link Jax#jit}: {@code name("convolve")}, {@code staticArgnums(1)}, made by {@link Jax}'s static methods. */
public sealed interface JitOption {
    /** The name printed in {@code jit[name=…]}; by default the function's method name, or {@code <lambda>}. */
    record Name(String name) implements JitOption {}

    /** Positional arguments passed as Java values (part of the cache key) instead of being traced. */
    record StaticArgnums(Set<Integer> argnums) implements JitOption {}
}
