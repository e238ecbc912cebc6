package org.jaxpresso.kernel.magic;

import java.util.List;

import jdk.jshell.Snippet;
import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.CompilationException;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.JShellEvaluator.SnippetPart;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * {@code %timeit [-n N] [-r R] [-q] [-o] <code>} and {@code %%timeit [options] [setup]}: times
 * the code with {@link Timeit} (warm-up first, then {@code R} runs of {@code N} loops, N chosen
 * automatically unless given) and prints IPython's line,
 * {@code 1.23 ms ± 45.6 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)}.
 * {@code -q} prints nothing, {@code -o} makes the {@link TimeitResult} the cell's value. In the
 * cell form, code after the options on the first line is setup, run once before timing.
 *
 * <p>The code becomes the body of a lambda in one generated cell (its lines where they were, so
 * errors name the user's lines); variables it declares are local to the timing, as in IPython.
 */
final class TimeitMagic implements Magic {
    private static final String MEASURE = Timeit.class.getName() + ".measure";

    @Override
    public String name() { return "timeit"; }

    @Override
    public String usage() {
        return "%timeit [-n loops] [-r runs] [-q] [-o] <statement or expression>: mean ± std. dev. after a warm-up (%%timeit: of the cell)";
    }

    @Override
    public boolean hasCellForm() { return true; }

    /** The options before the code. */
    record Options(int loops, int repeat, boolean quiet, boolean returnResult, String code) {
        static Options parse(String args) throws UsageException {
            int loops = 0;
            int repeat = 0;
            boolean quiet = false;
            boolean result = false;
            String rest = args.strip();
            while (rest.startsWith("-")) {
                String[] words = rest.split("\\s+", 3);
                switch (words[0]) {
                    case "-n", "-r" -> {
                        if (words.length < 2 || !words[1].matches("[1-9][0-9]{0,8}")) {
                            throw new UsageException("%timeit " + words[0] + " needs a positive count, as in %timeit " + words[0] + " 10 f(x)");
                        }
                        if (words[0].equals("-n")) loops = Integer.parseInt(words[1]);
                        else repeat = Integer.parseInt(words[1]);
                        rest = words.length > 2 ? words[2] : "";
                    }
                    case "-q", "-o" -> {
                        if (words[0].equals("-q")) quiet = true;
                        else result = true;
                        rest = rest.substring(2).strip();
                    }
                    default -> throw new UsageException("%timeit has no option " + words[0] + "; its options are -n loops, -r runs, -q, -o");
                }
            }
            return new Options(loops, repeat, quiet, result, rest);
        }
    }

    @Override
    public CellValue runLine(String args, int line, MagicContext context) throws CellException {
        Options o = Options.parse(args);
        if (o.code().isBlank()) throw new UsageException("%timeit needs code to time, as in %timeit f(x)");
        return measure(o, Magics.atLine(o.code(), line), context);
    }

    @Override
    public CellValue runCell(String args, String body, MagicContext context) throws CellException {
        Options o = Options.parse(args);
        if (body.isBlank()) throw new UsageException("%%timeit needs code to time on the lines below it");
        if (!o.code().isBlank()) context.evaluator().eval(o.code());   // setup, run once
        return measure(o, body, context);
    }

    private static CellValue measure(Options o, String code, MagicContext context) throws CellException {
        List<SnippetPart> parts = context.evaluator().snippetParts(code);
        if (parts.isEmpty()) throw new UsageException("%timeit needs code to time, as in %timeit f(x)");
        for (SnippetPart p : parts) {
            if (p.kind() == Snippet.Kind.METHOD || p.kind() == Snippet.Kind.TYPE_DECL || p.kind() == Snippet.Kind.IMPORT) {
                throw new UsageException("%timeit times statements and expressions; declare methods, classes and imports in a cell of their own");
            }
        }
        SnippetPart last = parts.getLast();
        boolean maybeValue = last.isValueExpression() || last.kind() == Snippet.Kind.ERRONEOUS;
        CellValue value;
        try {
            value = context.evaluator().eval(lambdaCall(parts, maybeValue, o));
        } catch (CompilationException first) {
            if (!maybeValue || last.isValueExpression()) throw first;
            try {
                value = context.evaluator().eval(lambdaCall(parts, false, o));   // a void call, or not an expression
            } catch (CompilationException second) {
                throw first;
            }
        }
        TimeitResult result = (TimeitResult) value.value();
        if (!o.quiet()) {
            String warning = result.slowestRunWarning();
            if (warning != null) context.output().println(warning);
            context.output().println(result.toString());
        }
        return o.returnResult() ? value : CellValue.NONE;
    }

    /**
     * The cell that times {@code parts}: {@code Timeit.measure(n, r, () -> { …; return last; })},
     * each part on its own line of the original.
     */
    static String lambdaCall(List<SnippetPart> parts, boolean returnLast, Options o) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (int i = 0; i < parts.size(); i++) {
            SnippetPart p = parts.get(i);
            for (; line < p.firstLine(); line++) out.append('\n');
            if (i == 0) out.append(MEASURE).append('(').append(o.loops()).append(", ").append(o.repeat()).append(", () -> { ");
            boolean isReturn = returnLast && i == parts.size() - 1;
            String source = p.source().stripTrailing();
            // JShell leaves the semicolon off a cell's last expression; a block needs it (after a
            // block statement it is an empty statement)
            out.append(isReturn ? "return " : "").append(source).append(source.endsWith(";") ? " " : "; ");
            line += (int) p.source().chars().filter(c -> c == '\n').count();
        }
        return out.append(returnLast ? "})" : "return null; })").toString();
    }
}
