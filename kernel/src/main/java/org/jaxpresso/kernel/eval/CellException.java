package org.jaxpresso.kernel.eval;

import java.util.List;

/**
 * Why a cell did not finish, in the three parts a Jupyter {@code error} message carries:
 * {@link #ename()} (the exception's class name, as IPython sends {@code ZeroDivisionError}),
 * {@link #evalue()} (its message) and {@link #traceback()} (lines for humans: cell line numbers
 * instead of JShell snippet ids, no kernel frames, no terminal colours).
 */
public abstract sealed class CellException extends Exception
        permits CompilationException, UserCodeException, CellInterruptedException, UsageException {
    protected CellException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The error's name, as the client shows it in bold. */
    public abstract String ename();

    /** The error's message; empty, never null, when there is none. */
    public String evalue() {
        return getMessage() == null ? "" : getMessage();
    }

    /** The lines to show, without line breaks inside. */
    public abstract List<String> traceback();
}
