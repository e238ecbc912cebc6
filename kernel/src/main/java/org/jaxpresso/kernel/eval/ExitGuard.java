package org.jaxpresso.kernel.eval;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in a cell call instead
 * (the kernel rewrites those calls when it loads the cell's classes): the cell runs in the
 * kernel's JVM, so exiting would kill the kernel and lose the session. Public because the cells'
 * classes call it.
 */
public final class ExitGuard {
    private ExitGuard() {}

    /** Replaces {@code System.exit(status)}. */
    public static void exit(int status) {
        throw refused("System.exit(" + status + ")");
    }

    /** Replaces {@code runtime.exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw refused("Runtime.exit(" + status + ")");
    }

    /** Replaces {@code runtime.halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw refused("Runtime.halt(" + status + ")");
    }

    private static UnsupportedOperationException refused(String call) {
        return new UnsupportedOperationException(call + " would end the kernel and lose this session; "
                + "to stop a computation throw an exception or return, to start afresh restart the kernel");
    }
}
