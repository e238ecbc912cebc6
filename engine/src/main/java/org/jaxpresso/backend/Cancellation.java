package org.jaxpresso.backend;

import org.jaxpresso.ComputationInterruptedException;

/**
 * Cooperative cancellation. A front end interrupts the thread running a cell; the engine checks
 * at each primitive, each jaxpr equation and each tile of a long loop, and throws
 * {@link ComputationInterruptedException} (clearing the interrupt, so the thread stays usable).
 * Worker threads check the interrupt of the thread that started the work through a {@link Token}.
 */
public final class Cancellation {
    private Cancellation() {}

    /** Throws if the current thread was interrupted. Cheap: one volatile read. */
    public static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw new ComputationInterruptedException();
        }
    }

    /** The calling thread, for checks made from worker threads on its behalf. */
    public static Token token() { return new Token(Thread.currentThread()); }

    /** A check on behalf of the thread that created it. */
    public record Token(Thread owner) {
        /** Throws if the owning thread was interrupted (its interrupt stays set for its own checkpoint). */
        public void check() {
            if (owner.isInterrupted()) throw new ComputationInterruptedException();
        }
    }
}
