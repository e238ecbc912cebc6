package org.jaxpresso.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cell's code threw {@link #userThrowable()}. {@link #ename()} is that exception's simple
 * class name ({@code ArithmeticException}, {@code ShapeException}); the traceback keeps the
 * frames of the user's and the engine's code, shows cell code as {@code cell line N}, and drops
 * the kernel's own frames (everything below the cell, and kernel code the cell called such as
 * {@link ExitGuard}); a frame repeated by deep recursion is shown once with its count.
 */
public final class UserCodeException extends CellException {
    private static final String KERNEL_PACKAGE = "org.jaxpresso.kernel.";
    private final List<String> lines;

    /**
     * @param thrown     the exception itself (its class and message are shown)
     * @param translated JShell's copy of it, whose frames are already cut below the cell and
     *                   name snippets ({@code #7}, snippet-relative lines); null to use
     *                   {@code thrown}'s own frames
     * @param frameNames names a cell frame ({@code line 3}); null for any other frame
     */
    UserCodeException(Throwable thrown, Throwable translated, Function<StackTraceElement, String> frameNames) {
        super(thrown.getMessage(), thrown);
        this.lines = List.copyOf(format(thrown, translated, frameNames));
    }

    /** The exception the cell threw. */
    public Throwable userThrowable() { return getCause(); }

    @Override
    public String ename() { return getCause().getClass().getSimpleName(); }

    @Override
    public List<String> traceback() { return lines; }

    private static List<String> format(Throwable thrown, Throwable translated, Function<StackTraceElement, String> frameNames) {
        List<String> out = new ArrayList<>();
        Throwable t = thrown;
        Throwable tr = translated;
        for (int depth = 0; t != null && depth < 8; depth++) {
            String head = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            for (String line : head.split("\n")) out.add((depth == 0 ? "" : "Caused by: ") + line);
            StackTraceElement[] frames = (tr != null ? tr : t).getStackTrace();
            List<String> names = new ArrayList<>();
            for (StackTraceElement frame : frames) {
                if (frame.getClassName().startsWith(KERNEL_PACKAGE)) continue;   // e.g. ExitGuard
                String name = frameNames.apply(frame);
                names.add("    at " + (name != null ? name : frame.toString()));
            }
            int shown = 0;
            for (int i = 0; i < names.size() && shown < 40; shown++) {
                int same = 1;
                while (i + same < names.size() && names.get(i + same).equals(names.get(i))) same++;
                out.add(names.get(i));
                if (same > 1) out.add("    ... the same frame " + (same - 1) + " more times");   // deep recursion
                i += same;
                if (shown == 39 && i < names.size()) out.add("    ... " + (names.size() - i) + " more");
            }
            t = t.getCause();
            tr = tr == null ? null : tr.getCause();
        }
        return out;
    }
}
