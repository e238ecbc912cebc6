package org.jaxpresso.trace;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jaxpresso.core.ClosedJaxpr;

/**
 * The executors of staged jaxprs, keyed by the identity of the {@link ClosedJaxpr} a jit call
 * carries. An entry holds a compiler and, once the call has first been run eagerly, the executor
 * it made: compilation is lazy, as in JAX, so a jitted function only traced under make_jaxpr or
 * vmap is never compiled. Keys are weak: an entry goes when its jaxpr is no longer reachable
 * (the compiler must therefore not hold on to the jaxpr it is given). A jaxpr with no entry (one
 * made by a transformation, say a batched body) is interpreted.
 */
public final class CallExecutors {
    private static final ReferenceQueue<ClosedJaxpr> CLEARED = new ReferenceQueue<>();
    private static final Map<Key, Entry> ENTRIES = new HashMap<>();

    private CallExecutors() {}

    /** Registers how to compile {@code staged}; replaces an earlier registration. */
    public static void register(ClosedJaxpr staged, Function<ClosedJaxpr, ? extends CallExecutor> compiler) {
        synchronized (ENTRIES) {
            for (Object k; (k = CLEARED.poll()) != null; ) ENTRIES.remove((Key) k);
            ENTRIES.put(new Key(staged, CLEARED), new Entry(compiler));
        }
    }

    /** The executor for {@code staged}, compiling it on first use; null when none is registered. */
    public static CallExecutor executorFor(ClosedJaxpr staged) {
        Entry e;
        synchronized (ENTRIES) {
            e = ENTRIES.get(new Key(staged, null));
        }
        return e == null ? null : e.executor(staged);
    }

    private static final class Entry {
        private final Function<ClosedJaxpr, ? extends CallExecutor> compiler;
        private volatile CallExecutor executor;

        Entry(Function<ClosedJaxpr, ? extends CallExecutor> compiler) { this.compiler = compiler; }

        CallExecutor executor(ClosedJaxpr staged) {
            CallExecutor x = executor;
            if (x == null) {
                synchronized (this) {
                    x = executor;
                    if (x == null) executor = x = compiler.apply(staged);
                }
            }
            return x;
        }
    }

    /** A weak reference compared by the identity of its referent. */
    private static final class Key extends WeakReference<ClosedJaxpr> {
        private final int hash;

        Key(ClosedJaxpr j, ReferenceQueue<ClosedJaxpr> queue) {
            super(j, queue);
            hash = System.identityHashCode(j);
        }

        @Override
        public int hashCode() { return hash; }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Key k)) return false;
            ClosedJaxpr mine = get();
            return mine != null && mine == k.get();
        }
    }
}
