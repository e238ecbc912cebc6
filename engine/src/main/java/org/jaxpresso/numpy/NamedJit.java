package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;

/**
 * The {@code jnp} functions that JAX wraps in a non-inline {@code jax.jit} ({@code _where},
 * {@code clip}, {@code isclose}, {@code remainder}, {@code round}…): each is one jitted function
 * per name and static parameters, as JAX's module-level jitted functions are, so they print as
 * nested {@code jit[name=… jaxpr={…}]} equations and two calls with the same types share one
 * (hoisted) jaxpr.
 */
public final class NamedJit {
    private record Key(String name, List<Object> statics) {}

    private static final Map<Key, FnN> JITTED = new ConcurrentHashMap<>();

    private NamedJit() {}

    /**
     * Calls {@code body} on {@code args} (arrays, or null for an absent optional argument) as
     * {@code jax.jit(body, name=name)} would. {@code statics} are the Java values {@code body}
     * captures (JAX's static arguments); they key the jitted function.
     */
    public static Array call(String name, List<Object> statics, List<Array> args, Function<List<Array>, Array> body) {
        FnN jitted = JITTED.computeIfAbsent(new Key(name, List.copyOf(statics)), k -> Jax.jit((FnN) a -> {
            List<Array> arrays = new ArrayList<>(a.length);
            for (Object o : a) arrays.add((Array) o);
            return body.apply(arrays);
        }, Jax.name(name)));
        return (Array) jitted.apply(args.toArray());
    }

    /** {@link #call} without static parameters. */
    public static Array call(String name, List<Array> args, Function<List<Array>, Array> body) {
        return call(name, List.of(), args, body);
    }

    static List<Array> nullable(Array... xs) { return Arrays.asList(xs); }
}
