package org.jaxpresso;

/**
 * The computation was interrupted (a notebook's interrupt, Ctrl-C in the console): the thread
 * that asked for it was interrupted, and the engine stopped at its next checkpoint. The engine's
 * state is intact; run the cell again to recompute.
 */
public class ComputationInterruptedException extends JaxpressoException {
    public ComputationInterruptedException() {
        super("Interrupted: the computation was cancelled before it finished. Nothing was changed; run it again to recompute.");
    }
}
