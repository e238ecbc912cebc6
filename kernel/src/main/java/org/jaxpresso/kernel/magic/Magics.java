package org.jaxpresso.kernel.magic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jaxpresso.kernel.display.Display;
import org.jaxpresso.kernel.display.DisplaySink;
import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.JShellEvaluator.Completions;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * The one way both front ends run a cell: magics ({@code %time}, {@code %timeit},
 * {@code %jaxpr}, {@code %classpath}, {@code %load}, {@code %lsmagic}, and the cell forms
 * {@code %%time}, {@code %%timeit}) are applied, the Java between them goes to the
 * {@link JShellEvaluator}, and {@link Display}'s helpers write to the front end's
 * {@link DisplaySink} while the cell runs. Also the magic-aware is_complete and completion.
 */
public final class Magics {
    private final JShellEvaluator evaluator;
    private final Map<String, Magic> magics = new TreeMap<>();

    public Magics(JShellEvaluator evaluator) {
        this.evaluator = evaluator;
        for (Magic m : List.of(new TimeMagic(), new TimeitMagic(), new JaxprMagic(), new ClasspathMagic(), new LoadMagic(), new LsmagicMagic())) {
            magics.put(m.name(), m);
        }
    }

    public JShellEvaluator evaluator() { return evaluator; }

    /** Every magic, by name. */
    public Collection<Magic> all() { return magics.values(); }

    /**
     * Runs a cell: its parts in order; the value is the last part's.
     *
     * @param output where the magics print and the display helpers show things
     * @throws CellException when a part fails (the parts after it do not run): the code's own
     *                       error, or a {@link UsageException} for a magic used wrongly
     */
    public CellValue eval(String cell, DisplaySink output) throws CellException {
        DisplaySink previous = Display.useSink(output);
        try {
            MagicContext context = new MagicContext(evaluator, output, this);
            CellValue value = CellValue.NONE;
            for (CellPart part : MagicParser.parse(cell, this::codeIsComplete)) {
                value = switch (part) {
                    case CellPart.Code c -> evaluator.eval(atLine(c.source(), c.firstLine()));
                    case CellPart.LineMagic m -> find(m.name(), "%").runLine(m.args(), m.line(), context);
                    case CellPart.CellMagic m -> {
                        Magic magic = find(m.name(), "%%");
                        if (!magic.hasCellForm()) throw new UsageException("%%" + m.name() + " is not a cell magic; the cell magics are " + cellMagicNames());
                        yield magic.runCell(m.args(), m.body(), context);
                    }
                };
            }
            return value;
        } finally {
            Display.useSink(previous);
        }
    }

    private Magic find(String name, String prefix) throws UsageException {
        Magic m = magics.get(name);
        if (m == null) {
            throw new UsageException((name.isEmpty() ? "a magic needs a name after " + prefix : "there is no magic " + prefix + name)
                    + "; the magics are " + lineMagicNames() + " (cell magics: " + cellMagicNames() + "); %lsmagic explains them");
        }
        return m;
    }

    /** {@code %classpath, %jaxpr, …}. */
    public String lineMagicNames() {
        return magics.keySet().stream().map(n -> "%" + n).collect(Collectors.joining(", "));
    }

    /** {@code %%time, %%timeit}. */
    public String cellMagicNames() {
        return magics.values().stream().filter(Magic::hasCellForm).map(m -> "%%" + m.name()).collect(Collectors.joining(", "));
    }

    /** {@code code} moved down to start on 0-based line {@code line}, so errors name the cell's lines. */
    static String atLine(String code, int line) {
        return "\n".repeat(line) + code;
    }

    private boolean codeIsComplete(String code) {
        return evaluator.isComplete(code).equals("complete");
    }

    // ---- is_complete and completion --------------------------------------------------------

    /**
     * Jupyter's is_complete answer for a cell that may hold magics: a {@code %%} cell needs a
     * body, a line magic is complete, Java code is as the evaluator says.
     */
    public String isComplete(String code) {
        List<CellPart> parts = MagicParser.parse(code, this::codeIsComplete);
        if (parts.isEmpty()) return "complete";
        return switch (parts.getLast()) {
            case CellPart.LineMagic m -> "complete";
            case CellPart.CellMagic m -> m.body().isBlank() ? "" : evaluator.isComplete(m.body());
            case CellPart.Code c -> evaluator.isComplete(c.source());
        };
    }

    /**
     * Completion at {@code cursor}: magic names after a {@code %} that starts a line
     * ({@code %ti} gives {@code %time}, {@code %timeit}; {@code %%} only on the first line),
     * Java in a magic's arguments or a cell magic's body, else the evaluator's.
     */
    public Completions complete(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int lineStart = code.lastIndexOf('\n', at - 1) + 1;
        String before = code.substring(lineStart, at);
        String stripped = before.stripLeading();
        int magicStart = lineStart + before.length() - stripped.length();
        boolean firstLine = code.substring(0, lineStart).isBlank();
        if (stripped.matches("%%?[A-Za-z0-9_]*")) {
            boolean cellForm = stripped.startsWith("%%");
            String typed = stripped.substring(cellForm ? 2 : 1);
            List<String> names = new ArrayList<>();
            for (Magic m : magics.values()) {
                if (!m.name().startsWith(typed)) continue;
                if (!cellForm) names.add("%" + m.name());
                else if (firstLine && m.hasCellForm()) names.add("%%" + m.name());
            }
            return new Completions(names, magicStart, at);
        }
        JavaRegion java = javaRegion(code, at);
        Completions c = evaluator.complete(java.code(), java.cursor());
        return new Completions(c.matches(), c.start() + java.offset(), c.end() + java.offset());
    }

    /**
     * What inspection (Shift-Tab) shows at {@code cursor}: a magic's usage on its name, else
     * JShell's signatures of what the Java at the cursor names ({@link JShellEvaluator#signatures}).
     */
    public List<String> signatures(String code, int cursor) {
        if (cursor < 0 || cursor > code.length()) return List.of();
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        String line = code.substring(lineStart, lineEnd(code, cursor));
        int indent = line.length() - line.stripLeading().length();
        String rest = line.substring(indent);
        if (rest.startsWith("%")) {
            int prefix = rest.startsWith("%%") ? 2 : 1;
            String name = MagicParser.nameOf(rest.substring(prefix));
            if (cursor <= lineStart + indent + prefix + name.length()) {
                Magic m = magics.get(name);
                return m == null ? List.of() : List.of(m.usage());
            }
        }
        JavaRegion java = javaRegion(code, cursor);
        return evaluator.signatures(java.code(), java.cursor());
    }

    /** The Java the cursor is in: a line magic's arguments, or the code after the last magic line above it. */
    private record JavaRegion(String code, int cursor, int offset) {}

    private static JavaRegion javaRegion(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at - 1) + 1;
        String before = code.substring(lineStart, at);
        String stripped = before.stripLeading();
        int magicStart = lineStart + before.length() - stripped.length();
        if (stripped.startsWith("%") && !stripped.startsWith("%%")) {
            String name = MagicParser.nameOf(stripped.substring(1));
            int argsStart = magicStart + 1 + name.length();
            return new JavaRegion(code.substring(argsStart, lineEnd(code, at)), at - argsStart, argsStart);
        }
        // Java after the last magic line above the cursor (or the whole cell)
        int codeStart = 0;
        int lineBegin = 0;
        while (lineBegin < lineStart) {
            int end = lineEnd(code, lineBegin);
            if (code.substring(lineBegin, end).strip().startsWith("%")) codeStart = Math.min(end + 1, code.length());
            lineBegin = end + 1;
        }
        return new JavaRegion(code.substring(codeStart), at - codeStart, codeStart);
    }

    private static int lineEnd(String code, int from) {
        int end = code.indexOf('\n', from);
        return end < 0 ? code.length() : end;
    }
}
