package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console under a real pseudo-terminal: tmux (Debian's {@code tmux}; the test is skipped,
 * saying so, without it) runs the shaded jar's console; the test types a vmap example, sees its
 * jaxpr, presses Ctrl-C during an endless loop and during a long engine operation, sees the
 * prompt return with the session intact,
 * clears a half-typed line with Ctrl-C, and leaves with Ctrl-D.
 */
class ConsoleTmuxTest {
    private static final String SOCKET = "jaxpresso-console-test-" + ProcessHandle.current().pid();
    private static final String SESSION = "console";

    @TempDir
    Path home;

    @Test
    void vmapJaxprThenCtrlCStopsALoopAndThePromptReturns() throws Exception {
        assumeTrue(hasTmux(), "skipped: tmux is not installed (apt-get install tmux)");
        Path jar = ShadedJar.require();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quote(java), "-Duser.home=" + quote(home.toString()),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", quote(jar.toString()), "org.jaxpresso.kernel.console.ConsoleMain",
                ";", "echo", "console-exited-$?", ";", "sleep", "30");
        tmux("new-session", "-d", "-s", SESSION, "-x", "150", "-y", "50", command);
        try {
            awaitScreen("jax> ");
            // (no text ends with ';': tmux reads a trailing ';' as its own command separator;
            // the evaluator adds the semicolon a statement lacks)
            type("int kept = 7");
            type("makeJaxpr(vmap((Fn1) x -> Jnp.sin(x)), Jnp.ones(2, 3))");
            awaitScreen("{ lambda ; a:f32[2,3]. let b:f32[2,3] = sin a in (b,) }");
            type("while (kept > 0) kept += 0");
            Thread.sleep(1500);
            keys("C-c");
            awaitScreen("InterruptedException: the cell was interrupted");
            type("kept * 6");
            awaitScreen("\n42");
            tmux("send-keys", "-t", SESSION, "-l", "1234");   // typed, not entered …
            awaitLastLine("jax> 1234");
            keys("C-c");                                       // … and cleared: the next cell is alone on its line
            awaitLastLine("jax>");
            type("kept + 100");
            awaitScreen("\n107");
            // one engine call with no loop in the cell (10^10 multiply-adds), stopped by the engine's checkpoints
            type("Array big = Jnp.convolve(Jnp.ones(2000000), Jnp.ones(5000))");
            Thread.sleep(1500);
            keys("C-c");
            awaitScreen("InterruptedException: the cell was interrupted", 2);
            type("kept + 101");
            awaitScreen("\n108");
            keys("C-d");
            awaitScreen("console-exited-1");   // a cell (the loop) was interrupted
        } finally {
            tmux("kill-server");
        }
        assertTrue(Files.readString(home.resolve(".jaxpresso_history")).contains("kept * 6"), "the history file lacks the cells");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Types {@code text} literally, then Enter. */
    private static void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", SESSION, "-l", text);
        keys("Enter");
    }

    private static void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    private static void awaitScreen(String text) throws IOException, InterruptedException {
        awaitScreen(text, 1);
    }

    /** Waits until the screen (and its scroll-back) shows {@code text} {@code times} times. */
    private static void awaitScreen(String text, int times) throws IOException, InterruptedException {
        String screen = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-J", "-t", SESSION, "-S", "-200");
            if (screen.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the screen did not show " + text + " " + times + " time(s) within 60 s:\n" + screen);
    }

    /** Waits until the last non-blank line of the screen is {@code line} (trailing blanks ignored). */
    private static void awaitLastLine(String line) throws IOException, InterruptedException {
        String last = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String screen = tmux("capture-pane", "-p", "-J", "-t", SESSION, "-S", "-100").stripTrailing();
            last = screen.substring(screen.lastIndexOf('\n') + 1).stripTrailing();
            if (last.equals(line)) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the screen's last line stayed '" + last + "', not '" + line + "', for 60 s");
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SOCKET, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean hasTmux() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
