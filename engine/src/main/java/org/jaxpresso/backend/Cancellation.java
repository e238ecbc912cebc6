package org.jaxpresso.backend;

import org.jaxpresso.ComputationInterruptedException;

/**
 * Cooperative cancellation. A front end interrupts the thread running a cell, or — when it does
 * not own that thread, as the Jupyter kernel under JShell — calls {@link #requestStop()}; the
 * engine checks at each primitive, each jaxpr equation and each tile or chunk of a long loop, and
 * throws {@link ComputationInterruptedException} (clearing the interrupt, so the thread stays
 * usable). Worker threads check on behalf of the thread that started the work through a {@link Token}.
 */
public final class Cancellation {
    private static volatile boolean stopRequested;

    private Cancellation() {}

    /** Asks every running computation to stop at its next checkpoint, until {@link #clearStop()}. */
    public static void requestStop() { stopRequested = true; }

    /** Lets computations run again (a front end calls this before it starts the next cell). */
    public static void clearStop() { stopRequested = false; }

    /** Throws if the current thread was interrupted or a stop was requested. Cheap: two volatile reads. */
    public static void checkpoint() {
        if (stopRequested || Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw new ComputationInterruptedException();
        }
    }

    /** The calling thread, for checks made from worker threads on its behalf. */
    public static Token token() { return new Token(Thread.currentThread()); }

    /** A check on behalf of the thread that created it. */
    public record Token(Thread owner) {
        /** Throws if the owning thread was interrupted (its interrupt stays set for its own checkpoint) or a stop was requested. */
        public void check() {
            if (stopRequested || owner.isInterrupted()) throw new ComputationInterruptedException();
        }
    }
}
