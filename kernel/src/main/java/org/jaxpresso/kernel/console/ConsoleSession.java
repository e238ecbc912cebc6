package org.jaxpresso.kernel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.magic.Magics;

/**
 * What the console does with a cell, whatever reads it: evaluates it, prints its value (as
 * {@link ConsoleRenderer} writes it) or its error (the kernel's traceback: the user's exception,
 * the cell line, no internal frames), and remembers whether any cell failed. {@link #runPiped}
 * is the whole console for input that is not a terminal: no prompts, a cell ends where the
 * evaluator says its input is complete.
 */
public final class ConsoleSession {
    private final JShellEvaluator evaluator;
    private final Magics magics;
    private final PrintWriter out;
    private final PrintWriter err;
    private final IntSupplier width;
    private boolean anyCellFailed;

    /**
     * @param out   where values go
     * @param err   where errors go
     * @param width the terminal's current width in columns (0 or less: unknown)
     */
    public ConsoleSession(JShellEvaluator evaluator, PrintWriter out, PrintWriter err, IntSupplier width) {
        this.evaluator = evaluator;
        this.magics = new Magics(evaluator);
        this.out = out;
        this.err = err;
        this.width = width;
    }

    public JShellEvaluator evaluator() { return evaluator; }

    /** The cell runner (magics, then Java), as the kernel's. */
    public Magics magics() { return magics; }

    /** Whether any cell so far did not compile, threw, or was interrupted. */
    public boolean anyCellFailed() { return anyCellFailed; }

    /** Whether {@code code} is a whole cell, or needs more lines (the evaluator's is_complete). */
    public boolean needsMoreInput(String code) {
        String answer = magics.isComplete(code);
        return !answer.equals("complete") && !answer.equals("invalid");
    }

    /** Evaluates one cell and prints what it gave; false when it failed. */
    public boolean runCell(String code) {
        if (code.isBlank()) return true;
        out.flush();
        try {
            JShellEvaluator.CellValue value = magics.eval(code, new ConsoleDisplaySink(out, width));
            if (value.hasValue()) out.println(ConsoleRenderer.text(value.value(), width.getAsInt()));
            out.flush();
            return true;
        } catch (CellException e) {
            anyCellFailed = true;
            e.traceback().forEach(err::println);
            err.flush();
            return false;
        } catch (RuntimeException e) {
            anyCellFailed = true;
            err.println("internal error: " + e);
            err.flush();
            return false;
        }
    }

    /**
     * Reads cells from {@code in} until its end: lines are joined until the evaluator says the
     * cell is complete (or invalid); what is left at the end is run as it is.
     *
     * @return 0 when every cell ran, 1 when one failed
     */
    public int runPiped(BufferedReader in) throws IOException {
        StringBuilder cell = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!cell.isEmpty()) cell.append('\n');
            cell.append(line);
            String code = cell.toString();
            if (code.isBlank()) {
                cell.setLength(0);
            } else if (!needsMoreInput(code)) {
                runCell(code);
                cell.setLength(0);
            }
        }
        if (!cell.toString().isBlank()) runCell(cell.toString());
        return anyCellFailed ? 1 : 0;
    }
}
