package org.jaxpresso.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JLine console on JLine's dumb terminal over piped streams (no TTY): prompts, multi-line
 * cells, tab completion, history, Ctrl-C (the terminal's INT signal) during a running cell.
 */
public class JLineConsoleTest {
    /** Counted down by a cell when it starts its endless loop (the cell runs in this JVM). */
    public static volatile CountDownLatch looping = new CountDownLatch(1);

    private static JShellEvaluator ev;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        ev = new JShellEvaluator(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    private static Terminal dumb(InputStream in, ByteArrayOutputStream out) throws IOException {
        return onStreams(in, out, Terminal.TYPE_DUMB);
    }

    /** A terminal of {@code type} emulated on the streams (no TTY anywhere). */
    private static Terminal onStreams(InputStream in, ByteArrayOutputStream out, String type) throws IOException {
        return TerminalBuilder.builder().system(false).streams(in, out).type(type)
                .encoding(StandardCharsets.UTF_8).size(new org.jline.terminal.Size(100, 40)).build();
    }

    private record Run(int status, String out) {}

    /**
     * Types {@code keys} into a console on a dumb terminal, waits until its output shows
     * {@code awaited}, then ends the input (JLine's terminal drops input it has not read yet
     * when its stream ends, so the stream stays open until then) and waits for the console.
     */
    private Run typed(String keys, String awaited) throws Exception {
        return typed(keys, awaited, Terminal.TYPE_DUMB);
    }

    private Run typed(String keys, String awaited, String terminalType) throws Exception {
        return typedInSteps(terminalType, keys, awaited);
    }

    /** {@code steps}: keys, then the output awaited before the next keys, and so on. */
    private Run typedInSteps(String terminalType, String... steps) throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal t = onStreams(in, out, terminalType)) {
            JLineConsole console = new JLineConsole(t, term -> JLineConsole.sessionOn(term, ev), home.resolve(".jaxpresso_history"));
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                try {
                    return console.run();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            for (int i = 0; i < steps.length; i += 2) {
                feed.write(steps[i].getBytes(StandardCharsets.UTF_8));
                feed.flush();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!out.toString(StandardCharsets.UTF_8).contains(steps[i + 1]) && System.nanoTime() < deadline) Thread.sleep(20);
            }
            feed.close();
            int code = status.get(60, TimeUnit.SECONDS);
            return new Run(code, out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void printsValuesAfterThePromptAndExitsAtTheInputsEnd() throws Exception {
        Run r = typed("Jnp.arange(3)\n", "dtype=int32)");
        assertTrue(r.out().contains("jax> "), r.out());
        assertTrue(r.out().contains("Array([0, 1, 2], dtype=int32)"), r.out());
        assertEquals(0, r.status());
    }

    @Test
    void anOpenBraceGivesTheContinuationPromptAndTheCellRunsWhenItCloses() throws Exception {
        Run r = typed("int twice(int x) {\nreturn 2 * x;\n}\ntwice(21)\n", "\n42");
        assertTrue(r.out().contains(JLineConsole.CONTINUATION_PROMPT), r.out());
        assertTrue(r.out().contains("42"), r.out());
        assertEquals(0, r.status());
    }

    /** JLine edits on an ANSI terminal only (a dumb one inserts the tab); it is emulated on the streams. */
    @Test
    void tabCompletesAMethodName() throws Exception {
        Run r = typed("Jnp.arang\t4)\n", "dtype=int32)", "ansi");
        assertTrue(r.out().contains("Array([0, 1, 2, 3], dtype=int32)"), r.out());
    }

    @Test
    void tabListsTheCandidatesAndTheLineGoesOn() throws Exception {
        Run r = typedInSteps("ansi", "Jnp.ar\t", "rayEqual(", "ange(3)\n", "dtype=int32)");
        for (String candidate : List.of("ange(", "ray(", "ccos(", "gmax(")) assertTrue(r.out().contains(candidate), r.out());
        assertTrue(r.out().contains("Array([0, 1, 2], dtype=int32)"), r.out());
        assertEquals(0, r.status(), r.out());
    }

    @Test
    void shiftTabPrintsTheSignatureAndTheEnginesDocAndTheLineGoesOn() throws Exception {
        Run r = typedInSteps("ansi", "Jax.vmap" + JLineConsole.SHIFT_TAB, "a function that maps f over an axis of its arguments",
                "((Fn1) a -> Jnp.sin(a)).apply(Jnp.zeros(2))\n", "dtype=float32)");
        assertTrue(r.out().contains("Fn1 Jax.vmap(Fn1 f, VmapOption... options)"), r.out());
        assertTrue(r.out().contains("a function that maps f over an axis of its arguments"), r.out());
        assertTrue(r.out().contains("Array([0., 0.], dtype=float32)"), r.out());
        assertEquals(0, r.status(), r.out());
    }

    @Test
    void theCompleterOffersTheEvaluatorsCandidates() {
        EvaluatorCompleter c = new EvaluatorCompleter(new org.jaxpresso.kernel.magic.Magics(ev));
        List<String> arr = c.replacements("Jnp.ar", 6, 2);
        assertTrue(arr.contains("arange("), arr.toString());
        assertTrue(arr.stream().allMatch(s -> s.startsWith("ar")), arr.toString());
        assertTrue(c.replacements("Jnp.zzzq", 8, 4).isEmpty());
    }

    @Test
    void aFailedCellPrintsTheErrorAndTheStatusIsOne() throws Exception {
        Run r = typed("Integer.parseInt(\"x\")\n", "at line");
        assertTrue(r.out().contains("java.lang.NumberFormatException: For input string: \"x\""), r.out());
        assertTrue(r.out().contains("at line 1"), r.out());
        assertEquals(1, r.status());
    }

    @Test
    void cellsGoToTheHistoryFile() throws Exception {
        typed("int h = 3;\nh * h\n", "\n9");
        List<String> saved = Files.readAllLines(home.resolve(".jaxpresso_history"));
        assertTrue(saved.stream().anyMatch(l -> l.endsWith("int h = 3;")), saved.toString());
        assertTrue(saved.stream().anyMatch(l -> l.endsWith("h * h")), saved.toString());
    }

    @Test
    void ctrlCDuringACellStopsItAndTheSessionGoesOn() throws Exception {
        looping = new CountDownLatch(1);
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = dumb(in, out);
        JLineConsole console = new JLineConsole(t, term -> JLineConsole.sessionOn(term, ev), null);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
            try {
                return console.run();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        keys.write(("int kept = 40;\nwhile (true) { " + JLineConsoleTest.class.getName() + ".looping.countDown(); }\n")
                .getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertTrue(looping.await(60, TimeUnit.SECONDS), "the loop did not start");
        t.raise(Terminal.Signal.INT);
        keys.write("kept + 2\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!out.toString(StandardCharsets.UTF_8).contains("\n42") && System.nanoTime() < deadline) Thread.sleep(20);
        keys.close();
        assertEquals(1, (int) status.get(60, TimeUnit.SECONDS));
        t.close();
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("InterruptedException: the cell was interrupted"), shown);
        assertTrue(shown.indexOf("\n42") > shown.indexOf("interrupted"), shown);
    }
}
