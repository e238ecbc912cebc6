package org.jaxpresso.trace;

import java.util.List;
import java.util.function.Supplier;
import org.jaxpresso.Array;
import org.jaxpresso.core.Primitive;

/** The current trace of each thread (stackless tracing, as JAX does since 0.4.36). */
public final class TraceContext {
    private static final ThreadLocal<Trace> CURRENT = ThreadLocal.withInitial(() -> EvalTrace.INSTANCE);

    private TraceContext() {}

    public static Trace current() { return CURRENT.get(); }

    /** Runs {@code body} with {@code trace} current, restoring the previous trace afterwards. */
    public static <T> T with(Trace trace, Supplier<T> body) {
        Trace previous = CURRENT.get();
        CURRENT.set(trace);
        try {
            return body.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** The single entry point of every primitive application. */
    public static List<Array> bind(Primitive p, List<Array> args) { return current().process(p, args); }

    public static Array bind1(Primitive p, Array... args) { return bind(p, List.of(args)).getFirst(); }
}
