package org.jaxpresso.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.jaxpresso.AxisException;

/**
 * The named axes in scope on this thread, JAX's {@code core.get_axis_env()}: each
 * {@code vmap(f, axisName("i"))} binds its name and size while {@code f} is traced. Collectives
 * ask it whether a name is bound ({@link Collective}, {@link AxisIndex}) and how large it is
 * ({@code Lax.pmean}); an inner binding of the same name shadows an outer one.
 */
public final class AxisEnv {
    private record Frame(String name, int size) {}

    private static final ThreadLocal<Deque<Frame>> FRAMES = ThreadLocal.withInitial(ArrayDeque::new);

    private AxisEnv() {}

    /** Runs {@code body} with {@code name} bound to an axis of {@code size}; a null name binds nothing. */
    public static <T> T extend(String name, int size, Supplier<T> body) {
        if (name == null) return body.get();
        Deque<Frame> frames = FRAMES.get();
        frames.push(new Frame(name, size));
        try {
            return body.get();
        } finally {
            frames.pop();
        }
    }

    /** Whether some enclosing vmap binds {@code name}. */
    public static boolean isBound(String name) {
        for (Frame f : FRAMES.get()) if (f.name().equals(name)) return true;
        return false;
    }

    /** The size of the axis named {@code name}; JAX's {@code NameError} when no vmap binds it. */
    public static int size(String name) {
        for (Frame f : FRAMES.get()) if (f.name().equals(name)) return f.size();
        throw unbound(name);
    }

    /** Throws JAX's error unless {@code name} is bound. */
    public static void checkBound(String name) {
        if (!isBound(name)) throw unbound(name);
    }

    /** JAX's message for a collective naming an axis no enclosing vmap binds. */
    public static AxisException unbound(String name) { return new AxisException("unbound axis name: " + name); }
}
