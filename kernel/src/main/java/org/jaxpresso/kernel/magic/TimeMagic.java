package org.jaxpresso.kernel.magic;

import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * {@code %time <code>} and {@code %%time}: runs the code once, as any cell (its declarations
 * stay, its value is the cell's value), and prints {@code Wall time: 1.23 ms}, the time its
 * code ran; JShell's compilation is not counted, and is printed as {@code Compile time} when it
 * took longer than {@link #COMPILE_TIME_SHOWN_SECONDS} (as IPython prints {@code Compiler :}).
 */
final class TimeMagic implements Magic {
    /** Compilation shorter than this is not mentioned. */
    static final double COMPILE_TIME_SHOWN_SECONDS = 0.1;

    @Override
    public String name() { return "time"; }

    @Override
    public String usage() { return "%time <statement or expression>: wall time of one run (%%time: of the cell)"; }

    @Override
    public boolean hasCellForm() { return true; }

    @Override
    public CellValue runLine(String args, int line, MagicContext context) throws CellException {
        if (args.isBlank()) throw new UsageException("%time needs code to time, as in %time f(x)");
        return time(Magics.atLine(args, line), context);
    }

    @Override
    public CellValue runCell(String args, String body, MagicContext context) throws CellException {
        if (!args.isBlank()) throw new UsageException("%%time takes no arguments; the code to time goes on the lines below it");
        return time(body, context);
    }

    private static CellValue time(String code, MagicContext context) throws CellException {
        JShellEvaluator ev = context.evaluator();
        long ran = ev.executionNanos();
        long start = System.nanoTime();
        CellValue value = ev.eval(code);
        long wall = System.nanoTime() - start;
        long run = ev.executionNanos() - ran;
        double compile = (wall - run) / 1e9;
        if (compile > COMPILE_TIME_SHOWN_SECONDS) context.output().println("Compile time: " + TimeFormat.format(compile));
        context.output().println("Wall time: " + TimeFormat.format(run / 1e9));
        return value;
    }
}
