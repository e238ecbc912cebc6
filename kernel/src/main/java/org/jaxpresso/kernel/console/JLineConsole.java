package org.jaxpresso.kernel.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

import org.jaxpresso.kernel.display.MimeBundle;
import org.jaxpresso.kernel.doc.Inspection;
import org.jaxpresso.kernel.doc.JavadocIndex;
import org.jaxpresso.kernel.eval.JShellEvaluator;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;

/**
 * The console on a terminal (a real one or JLine's dumb one): line editing, multi-line cells
 * with a continuation prompt, tab completion, Shift-Tab docs (signatures and the engine's
 * Javadoc, as the kernel's inspection), history and syntax highlighting
 * ({@link JavaHighlighter}) through JLine; Ctrl-C while a cell
 * runs stops it (the session stays), Ctrl-C at the prompt clears the line, Ctrl-D exits.
 */
public final class JLineConsole {
    /** The prompt of a new cell. */
    public static final String PROMPT = "jax> ";
    /** The prompt of a cell's further lines. */
    public static final String CONTINUATION_PROMPT = "...> ";

    /** What a terminal sends for Shift-Tab (back-tab). */
    static final String SHIFT_TAB = "\033[Z";
    private static final String DOCS_WIDGET = "jaxpresso-docs";

    private final ConsoleSession session;
    private final Terminal terminal;
    private final LineReader reader;

    /**
     * @param makeSession the session over this terminal's writer and width
     * @param historyFile where the history persists (null: none)
     */
    public JLineConsole(Terminal terminal, Function<Terminal, ConsoleSession> makeSession, Path historyFile) {
        this.terminal = terminal;
        this.session = makeSession.apply(terminal);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("jaxpresso")
                .parser(new CellParser(session))
                .completer(new EvaluatorCompleter(session.magics()))
                .highlighter(new JavaHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .variable(LineReader.INDENTATION, 4)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)   // '!' is Java's not
                .option(LineReader.Option.INSERT_TAB, false);
        if (historyFile != null) builder.variable(LineReader.HISTORY_FILE, historyFile);
        this.reader = builder.build();
        reader.getWidgets().put(DOCS_WIDGET, this::showDocs);
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(DOCS_WIDGET), SHIFT_TAB);
    }

    /**
     * Shift-Tab: the signatures at the cursor with the engine's Javadoc, printed above the line
     * being edited (as the kernel's inspect_request shows them); nothing when nothing is there.
     */
    private boolean showDocs() {
        MimeBundle docs = Inspection.render(session.magics().signatures(reader.getBuffer().toString(), reader.getBuffer().cursor()),
                JavadocIndex.shipped());
        if (docs != null) reader.printAbove(docs.plain());
        return true;
    }

    /** A session that writes to the terminal and renders for its current width. */
    public static ConsoleSession sessionOn(Terminal terminal, JShellEvaluator evaluator) {
        PrintWriter w = terminal.writer();
        return new ConsoleSession(evaluator, w, w, terminal::getWidth);
    }

    public ConsoleSession session() { return session; }

    public LineReader reader() { return reader; }

    /**
     * Reads and runs cells until Ctrl-D (or the input's end).
     *
     * @return 0 when every cell ran, 1 when one failed
     */
    public int run() throws IOException {
        while (true) {
            String code;
            try {
                code = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;                      // Ctrl-C at the prompt: a fresh line
            } catch (EndOfFileException e) {
                break;                         // Ctrl-D
            }
            SignalHandler previous = terminal.handle(Signal.INT, s -> session.evaluator().stop());
            try {
                session.runCell(code);
            } finally {
                terminal.handle(Signal.INT, previous);
            }
        }
        terminal.writer().flush();
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            terminal.writer().println("jaxpresso: the history was not saved: " + e.getMessage());
        }
        return session.anyCellFailed() ? 1 : 0;
    }
}
