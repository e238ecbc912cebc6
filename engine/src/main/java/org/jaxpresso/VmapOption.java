package org.jaxpresso;

import java.util.List;

/**
 * An option of {@link Jax#vmap}: {@code inAxes(0, null)}, {@code outAxes(1)}, {@code axisSize(8)},
 * {@code axisName("i")}, made by the static methods of {@link Jax}.
 */
public sealed interface VmapOption {
    /**
     * Where each argument is mapped: {@code spec} is an {@code Integer} or {@code null} for every
     * argument alike, or a {@code List} with one entry per positional argument, each an Integer,
     * null, or a pytree prefix of that argument.
     */
    record InAxes(Object spec) implements VmapOption {}

    /** Where each output gets the mapped axis: an Integer, null, or a pytree prefix of the output. */
    record OutAxes(Object spec) implements VmapOption {}

    /** The mapped size, required when no argument is mapped. */
    record AxisSize(int size) implements VmapOption {}

    /** A name for the mapped axis, for collectives such as {@code Lax.psum(x, "i")}. */
    record AxisName(String name) implements VmapOption {}

    /** {@code inAxes(0)} and {@code inAxes((Object) null)} apply to every argument; more entries (or a List) are per argument. */
    static InAxes inAxes(Object... axes) {
        if (axes == null) return new InAxes(null);
        if (axes.length == 1 && (axes[0] == null || axes[0] instanceof Integer)) return new InAxes(axes[0]);
        return new InAxes(java.util.Arrays.asList(axes));
    }

    /** The entries of a tuple spec, or null when the spec applies to every argument. */
    static List<?> entries(Object spec) { return spec instanceof List<?> l ? l : null; }
}
