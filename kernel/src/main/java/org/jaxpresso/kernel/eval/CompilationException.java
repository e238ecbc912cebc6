package org.jaxpresso.kernel.eval;

import java.util.List;

/** A snippet of the cell did not compile; {@link #traceback()} points at the offending span. */
public final class CompilationException extends CellException {
    private final List<String> lines;

    CompilationException(String message, List<String> lines) {
        super(message, null);
        this.lines = List.copyOf(lines);
    }

    @Override
    public String ename() { return "CompilationException"; }

    @Override
    public List<String> traceback() { return lines; }
}
