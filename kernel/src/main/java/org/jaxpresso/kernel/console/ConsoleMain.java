package org.jaxpresso.kernel.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jaxpresso.kernel.JaxpressoKernel;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the console: {@code java -cp jaxpresso-kernel.jar org.jaxpresso.kernel.console.ConsoleMain}
 * (with the engine's JVM flags). On a terminal it is the {@link JLineConsole}, with history in
 * {@code ~/.jaxpresso_history}; on piped input it reads the cells without prompts, prints their
 * values and errors, and exits with 1 when a cell failed, 0 otherwise.
 */
public final class ConsoleMain {
    /** The history file's name in the user's home. */
    public static final String HISTORY_FILE = ".jaxpresso_history";

    /** Held so the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private ConsoleMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 0) {
            System.err.println("usage: java -cp jaxpresso-kernel.jar " + ConsoleMain.class.getName() + "   (no arguments; cells come from the terminal or stdin)");
            System.exit(2);
        }
        if (System.getenv("JAXPRESSO_DEBUG") == null) JLINE_LOG.setLevel(Level.SEVERE);
        String classPath = System.getProperty("java.class.path");
        java.io.Console console = System.console();
        int status;
        if (console != null && console.isTerminal()) {
            Terminal terminal = TerminalBuilder.builder().system(true).name("jaxpresso").build();
            terminal.writer().println("Jaxpresso " + JaxpressoKernel.VERSION + " console — JShell on Java "
                    + Runtime.version().feature() + ". Tab completes, Ctrl-C stops a cell, Ctrl-D exits.");
            terminal.writer().flush();
            JShellEvaluator evaluator = new JShellEvaluator(classPath);
            Path history = Path.of(System.getProperty("user.home"), HISTORY_FILE);
            status = new JLineConsole(terminal, t -> JLineConsole.sessionOn(t, evaluator), history).run();
            terminal.close();
        } else {
            JShellEvaluator evaluator = new JShellEvaluator(classPath);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            ConsoleSession session = new ConsoleSession(evaluator, out, err, () -> 0);
            status = session.runPiped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        System.exit(status);
    }
}
