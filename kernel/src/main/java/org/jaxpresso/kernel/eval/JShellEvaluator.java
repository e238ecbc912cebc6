package org.jaxpresso.kernel.eval;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Evaluates cells with JShell on the {@linkplain KernelExecutionControl local execution
 * engine}: the cell's code runs in this JVM, so its values are real objects the kernel can
 * render. A cell is split into JShell snippets; the value of the last one, when it is an
 * expression (not a declaration or an assignment) without a trailing semicolon, is the cell's
 * value, as in IPython ({@code System.out.printf(…);} shows its output, not the stream it returns).
 *
 * <p>Every session starts with {@link #DEFAULT_IMPORTS}. {@link #stop()} may be called from
 * another thread to stop the running cell; the session and its variables stay intact.
 */
public final class JShellEvaluator implements AutoCloseable {
    /** The imports every session starts with (see API.md). */
    public static final List<String> DEFAULT_IMPORTS =
            List.of("import org.jaxpresso.*;", "import static org.jaxpresso.Jax.*;",
                    // the notebook helpers: display(…), updateDisplay, clearOutput; Charts
                    "import static org.jaxpresso.kernel.display.Display.*;", "import org.jaxpresso.kernel.chart.Charts;",
                    // what JShell's own DEFAULT startup imports, so List, Map, Files… work as in jshell
                    "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
                    "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
                    "import java.util.regex.*;", "import java.util.stream.*;");

    private final KernelExecutionControl control;
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    /** The class path entries the session compiles and runs against, in order. */
    private final List<String> classPath = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Snippet id → where its source starts (cell number, first line) for stack traces. */
    private final Map<String, SnippetOrigin> origins = new ConcurrentHashMap<>();
    private volatile boolean stopRequested;
    private volatile boolean running;
    private volatile int cellCount;

    private record SnippetOrigin(int cell, int firstLine) {}

    /**
     * A session whose code compiles against {@code classPath} (entries separated by the
     * platform's path separator) and runs with this class's class loader as parent.
     */
    public JShellEvaluator(String classPath) {
        this.control = new KernelExecutionControl(JShellEvaluator.class.getClassLoader());
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        this.shell = JShell.builder()
                .executionEngine(new KernelExecutionControlProvider(control), Map.of())
                .in(InputStream.nullInputStream()).out(discard).err(discard)
                .build();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) addToClasspath(entry);
        }
        this.analysis = shell.sourceCodeAnalysis();
        for (String imp : DEFAULT_IMPORTS) {
            for (SnippetEvent e : shell.eval(imp)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("the engine is not on the class path: " + imp + " does not compile");
                }
            }
        }
    }

    /** What a cell produced: its value when its last snippet is an expression. */
    public record CellValue(boolean hasValue, Object value) {
        public static final CellValue NONE = new CellValue(false, null);
    }

    /**
     * Runs {@code code}, snippet after snippet, and returns the value of the last one.
     *
     * @throws CellException when a snippet does not compile, throws, or the cell was stopped;
     *                       the snippets before it stay in effect
     */
    public CellValue eval(String code) throws CellException {
        stopRequested = false;
        org.jaxpresso.backend.Cancellation.clearStop();
        int cell = ++cellCount;
        running = true;
        try {
            CellValue value = CellValue.NONE;
            for (SnippetSource s : split(code)) {
                if (stopRequested) throw new CellInterruptedException();
                value = evalSnippet(s, cell);
                // as in IPython, a trailing semicolon keeps an expression's value from being shown
                if (s.source().strip().endsWith(";")) value = CellValue.NONE;
            }
            if (stopRequested) throw new CellInterruptedException();
            return value;
        } finally {
            running = false;
        }
    }

    private CellValue evalSnippet(SnippetSource s, int cell) throws CellException {
        List<SnippetEvent> events = shell.eval(s.source());
        SnippetEvent main = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null) {
                main = e;
                origins.put(e.snippet().id(), new SnippetOrigin(cell, s.firstLine()));
            }
        }
        if (main == null) return CellValue.NONE;
        if (stopRequested) throw new CellInterruptedException();
        if (main.status() == Snippet.Status.REJECTED) throw compilationError(main.snippet(), s);
        if (main.exception() instanceof UnresolvedReferenceException u) {
            throw new CompilationException(unresolvedMessage(u), List.of("line " + (s.firstLine() + 1) + ": " + unresolvedMessage(u)));
        }
        if (main.exception() instanceof EvalException e) {
            Throwable thrown = control.takeException();
            if (thrown == null) thrown = new RuntimeException(e.getExceptionClassName() + ": " + e.getMessage());
            if ((thrown instanceof ThreadDeath || thrown instanceof org.jaxpresso.ComputationInterruptedException) && stopRequested) {
                throw new CellInterruptedException();
            }
            throw new UserCodeException(thrown, e, frame -> frameName(frame, cell));
        }
        if (main.exception() != null) {
            if (stopRequested) throw new CellInterruptedException();
            throw new UserCodeException(main.exception(), null, frame -> frameName(frame, cell));
        }
        return valueOf(main.snippet());
    }

    private CellValue valueOf(Snippet snippet) {
        VarSnippet var = switch (snippet) {
            case VarSnippet v when v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND -> v;
            case ExpressionSnippet x when x.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND ->
                    shell.variables().filter(v -> v.name().equals(x.name())).reduce((a, b) -> b).orElse(null);
            default -> null;
        };
        if (var == null) return CellValue.NONE;
        shell.varValue(var);
        return new CellValue(true, control.takeValue());
    }

    private static String unresolvedMessage(UnresolvedReferenceException u) {
        return u.getSnippet().toString().isEmpty() ? "unresolved reference"
                : "this code refers to a declaration that cannot be used yet: " + u.getMessage();
    }

    private CompilationException compilationError(Snippet snippet, SnippetSource s) {
        List<String> lines = new ArrayList<>();
        String first = null;
        String source = s.source();
        for (Diag d : shell.diagnostics(snippet).toList()) {
            if (!d.isError()) continue;
            String message = d.getMessage(Locale.ROOT);
            if (first == null) first = message.lines().findFirst().orElse(message);
            int pos = (int) Math.max(0, Math.min(d.getStartPosition(), source.length()));
            int end = (int) Math.max(pos, Math.min(d.getEndPosition(), source.length()));
            int lineStart = source.lastIndexOf('\n', pos - 1) + 1;
            int lineEnd = source.indexOf('\n', pos);
            if (lineEnd < 0) lineEnd = source.length();
            int lineNo = s.firstLine() + 1 + (int) source.substring(0, lineStart).chars().filter(c -> c == '\n').count();
            lines.add("line " + lineNo + ": " + message.lines().findFirst().orElse(""));
            message.lines().skip(1).forEach(l -> lines.add("  " + l.strip()));
            lines.add("    " + source.substring(lineStart, lineEnd));
            int width = Math.max(1, Math.min(end, lineEnd) - pos);
            lines.add("    " + " ".repeat(pos - lineStart) + "^" + (width > 1 ? "-".repeat(width - 2) + "^" : ""));
        }
        if (first == null) first = "the code does not compile";
        return new CompilationException(first, lines);
    }

    /**
     * A frame of cell code, as JShell's translated stack names it (file {@code #7}, line in the
     * snippet, class {@code Foo} or empty, method empty for the snippet's own code): {@code line 3}
     * for the running cell, {@code Foo.bar (cell 2, line 5)} for a method declared earlier. Null
     * for frames of other code.
     */
    private String frameName(StackTraceElement frame, int currentCell) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) return null;
        SnippetOrigin origin = origins.get(file.substring(1));
        if (origin == null) return null;
        int line = origin.firstLine() + frame.getLineNumber();
        String where = origin.cell() == currentCell ? "line " + line : "cell " + origin.cell() + ", line " + line;
        String owner = frame.getClassName().isEmpty() ? "" : frame.getClassName() + ".";
        String method = frame.getMethodName();
        return method.isEmpty() ? where : owner + method + " (" + where + ")";
    }

    // ---- splitting a cell into snippets ----------------------------------------------------

    /** One snippet of a cell: its source and the 0-based cell line it starts on. */
    record SnippetSource(String source, int firstLine, int startOffset, Completeness completeness) {}

    /** The cell's snippets, in order; an incomplete tail becomes the last one as it is. */
    List<SnippetSource> split(String code) {
        List<SnippetSource> out = new ArrayList<>();
        int offset = 0;
        while (offset < code.length()) {
            String rest = code.substring(offset);
            int lead = rest.length() - rest.stripLeading().length();
            if (lead == rest.length()) break;
            offset += lead;
            rest = rest.substring(lead);
            CompletionInfo ci = analysis.analyzeCompletion(rest);
            int line = (int) code.substring(0, offset).chars().filter(c -> c == '\n').count();
            if (ci.completeness() == Completeness.EMPTY) break;
            if (!ci.completeness().isComplete()) {
                out.add(new SnippetSource(rest, line, offset, ci.completeness()));
                break;
            }
            int length = rest.length() - ci.remaining().length();
            String src = rest.substring(0, length);
            if (ci.completeness() == Completeness.COMPLETE_WITH_SEMI && !src.stripTrailing().endsWith(";")) src = src + ";";
            out.add(new SnippetSource(src, line, offset, ci.completeness()));
            offset += length;
            if (length == 0) break;
        }
        return out;
    }

    // ---- is_complete and completion --------------------------------------------------------

    /**
     * Jupyter's {@code is_complete} answer: {@code "complete"}, {@code "invalid"}, or the indent
     * to start the next line with when more input is needed.
     */
    public String isComplete(String code) {
        List<SnippetSource> parts = split(code);
        if (parts.isEmpty()) return "complete";
        SnippetSource last = parts.getLast();
        return switch (last.completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> "complete";
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> nextIndent(code);
            case UNKNOWN -> "invalid";
        };
    }

    private static String nextIndent(String code) {
        String lastLine = code.substring(code.lastIndexOf('\n') + 1);
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        String trimmed = lastLine.strip();
        if (trimmed.endsWith("{") || trimmed.endsWith("(")) indent += "    ";
        return indent;
    }

    /** Completion candidates at {@code cursor}: the replacements and the span they replace. */
    public record Completions(List<String> matches, int start, int end) {}

    /** JShell's completions at {@code cursor} in the snippet of the cell that holds it. */
    public Completions complete(String code, int cursor) {
        int start = 0;
        for (SnippetSource s : split(code.substring(0, Math.min(cursor, code.length())))) start = s.startOffset();
        String snippet = code.substring(start);
        int[] anchor = new int[1];
        List<String> matches = analysis.completionSuggestions(snippet, cursor - start, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        return new Completions(matches, start + anchor[0], cursor);
    }

    // ---- inspection (Shift-Tab) -----------------------------------------------------------

    /**
     * JShell's signatures of what the code at {@code cursor} names: every overload of the
     * method whose name or argument list the cursor is in ({@code Jnp.si|n}, {@code Jnp.sin|},
     * {@code Jnp.sin(x|}), or the type or field it is on. Empty when there is nothing there or
     * the cursor is outside the code; never an exception. Only signatures: JShell's own doc
     * lookup needs source files (the kernel ships its engine docs in an index instead).
     */
    public List<String> signatures(String code, int cursor) {
        if (code == null || cursor < 0 || cursor > code.length()) return List.of();
        try {
            int start = 0;
            for (SnippetSource s : split(code.substring(0, cursor))) start = s.startOffset();
            String snippet = code.substring(start);
            for (Probe p : probes(snippet, cursor - start)) {
                List<String> found = analysis.documentation(p.code(), p.cursor(), false).stream()
                        .map(SourceCodeAnalysis.Documentation::signature).distinct().toList();
                if (!found.isEmpty()) return found;
            }
        } catch (RuntimeException e) {
            // JShell's analysis of half-typed code: nothing to show
        }
        return List.of();
    }

    /** A code and cursor to ask JShell's documentation with. */
    record Probe(String code, int cursor) {}

    /**
     * Where to ask, in order: at the cursor; at the end of the identifier the cursor is in;
     * just inside the {@code (} that follows it, or after an added {@code (} (JShell documents
     * a method only in a call); just inside the innermost open {@code (} before the cursor.
     */
    static List<Probe> probes(String code, int at) {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe(code, at));
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) end++;
        if (end != at) probes.add(new Probe(code, end));
        if (end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1))) {
            int next = end;
            while (next < code.length() && Character.isWhitespace(code.charAt(next))) next++;
            if (next < code.length() && code.charAt(next) == '(') probes.add(new Probe(code.substring(0, next + 1), next + 1));
            else probes.add(new Probe(code.substring(0, end) + "(", end + 1));
        }
        int open = openParenBefore(code, at);
        if (open >= 0) probes.add(new Probe(code.substring(0, open + 1), open + 1));
        return probes;
    }

    /** The innermost {@code (} before {@code at} not closed before it (string literals skipped), or -1. */
    private static int openParenBefore(String code, int at) {
        List<Integer> open = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < at; i++) {
            char ch = code.charAt(i);
            if (quote != 0) {
                if (ch == '\\') i++;
                else if (ch == quote) quote = 0;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '(') {
                open.add(i);
            } else if (ch == ')' && !open.isEmpty()) {
                open.removeLast();
            } else if (ch == ';' || ch == '{' || ch == '}') {
                open.clear();
            }
        }
        return open.isEmpty() ? -1 : open.getLast();
    }

    // ---- hooks for the magics (org.jaxpresso.kernel.magic) ---------------------------------

    /** The wall time cell code has run so far in this session, compilation excluded (for %time). */
    public long executionNanos() {
        return control.executionNanos();
    }

    /** The class path entries the session compiles and runs against. */
    public List<String> classPath() {
        return List.copyOf(classPath);
    }

    /** Adds a jar or a class folder to the session: later cells compile and run with it. */
    public void addToClasspath(String entry) {
        shell.addToClasspath(entry);
        classPath.add(entry);
    }

    /**
     * One snippet of a cell as JShell would take it, without running it: its source (with the
     * semicolon JShell adds), the 0-based cell line it starts on, and what kind of snippet it
     * is ({@code ERRONEOUS} when it does not compile on its own, e.g. it names something unknown).
     */
    public record SnippetPart(String source, int firstLine, Snippet.Kind kind, Snippet.SubKind subKind) {
        /** Whether it is an expression with a value ({@code x + 1}, {@code f(x)}, {@code y = 2}). */
        public boolean isValueExpression() {
            return kind == Snippet.Kind.EXPRESSION
                    || (kind == Snippet.Kind.VAR && subKind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
        }
    }

    /** The snippets of {@code code}, in order, as JShell analyses them (nothing runs). */
    public List<SnippetPart> snippetParts(String code) {
        List<SnippetPart> parts = new ArrayList<>();
        for (SnippetSource s : split(code)) {
            List<Snippet> snippets = analysis.sourceToSnippets(s.source());
            Snippet first = snippets.isEmpty() ? null : snippets.getFirst();
            parts.add(new SnippetPart(s.source(), s.firstLine(),
                    first == null ? Snippet.Kind.ERRONEOUS : first.kind(),
                    first == null ? Snippet.SubKind.UNKNOWN_SUBKIND : first.subKind()));
        }
        return parts;
    }

    // ---- control ---------------------------------------------------------------------------

    /**
     * Stops the running cell, from any thread; a no-op when nothing runs. JShell's stop only
     * reaches code that already runs, so while the cell is still compiling the stop is repeated
     * (every 50 ms, for at most 10 s) until the cell ends.
     */
    public void stop() {
        if (!running) return;
        int cell = cellCount;
        stopRequested = true;
        // JShell's stop reaches loops in cell code; the engine's own loops check this flag.
        org.jaxpresso.backend.Cancellation.requestStop();
        shell.stop();
        Thread.ofVirtual().name("jaxpresso-stop").start(() -> {
            for (int i = 0; i < 200 && running && cellCount == cell; i++) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                if (running && cellCount == cell) shell.stop();
            }
        });
    }

    @Override
    public void close() {
        shell.close();
    }
}
