package org.jaxpresso.numpy;

import java.util.List;
import java.util.function.Function;
import org.jaxpresso.Array;

/**
 * The single place where {@code jnp} functions that JAX wraps in a non-inline {@code jax.jit}
 * ({@code _where}, {@code clip}, {@code isclose}, {@code remainder}, {@code round}…) are called.
 * JAX prints their bodies nested in {@code jit[name=… jaxpr={…}]}. Until the jit primitive
 * exists this runs the body inline, so only the inner equations are recorded; adding the
 * wrapper later means changing {@link #call} alone.
 */
public final class NamedJit {
    private NamedJit() {}

    /** Runs {@code body} on {@code args} as JAX's {@code jit(body, name=name)} would (for now: inline). */
    public static Array call(String name, List<Array> args, Function<List<Array>, Array> body) {
        return body.apply(args);
    }
}
