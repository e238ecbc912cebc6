package org.jaxpresso.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console on piped input (no terminal): what it prints, its exit status, interrupts. */
public class ConsoleSessionTest {
    /** Counted down by a cell when it starts its endless loop (the cell runs in this JVM). */
    public static volatile CountDownLatch looping = new CountDownLatch(1);

    private static JShellEvaluator ev;

    @BeforeAll
    static void start() {
        ev = new JShellEvaluator(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    private record Run(int status, String out, String err) {}

    private static Run piped(String input, int width) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleSession s = new ConsoleSession(ev, new PrintWriter(out), new PrintWriter(err), () -> width);
        int status = s.runPiped(new BufferedReader(new StringReader(input)));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void printsEachValueAsItsRepr() throws IOException {
        Run r = piped("Jnp.arange(3)\nint n = 4;\n\"a\" + n\n", 0);
        assertEquals("Array([0, 1, 2], dtype=int32)\n\"a4\"\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void anOpenBraceContinuesTheCellUntilItCloses() throws IOException {
        Run r = piped("int plusOne(int x) {\n    int y = x;\n    return y + 1;\n}\nplusOne(41)\n", 0);
        assertEquals("42\n", r.out(), r.err());
        assertEquals(0, r.status());
    }

    @Test
    void aJaxprPrintsAsText() throws IOException {
        Run r = piped("makeJaxpr((Fn1) a -> Jnp.sin(a), Jnp.ones(3))\n", 0);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }\n", r.out(), r.err());
    }

    @Test
    void aComparisonFitsTheTerminalWidth() throws IOException {
        String cells = "var a = makeJaxpr((Fn1) x -> Jnp.sin(x).add(Jnp.cos(x)).mul(Jnp.exp(x)), Jnp.ones(3));\n"
                + "var b = makeJaxpr((Fn1) x -> Jnp.sin(x).mul(Jnp.exp(x)), Jnp.ones(3));\n"
                + "compare(\"first\", a, \"second\", b)\n";
        for (int width : new int[] {60, 100}) {
            Run r = piped(cells, width);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("first") && r.out().contains("second"), r.out());
            int widest = r.out().lines().mapToInt(String::length).max().orElse(0);
            assertTrue(widest <= width, "a line is " + widest + " wide at width " + width + ":\n" + r.out());
        }
    }

    @Test
    void aFailingCellPrintsTheUsersExceptionAndItsLineAndTheStatusIsOne() throws IOException {
        Run r = piped("int zero = 0;\nint f() {\n    return 1 / zero;\n}\nf()\n7\n", 0);
        assertEquals(1, r.status());
        assertEquals("7\n", r.out());
        assertTrue(r.err().startsWith("java.lang.ArithmeticException: / by zero\n"), r.err());
        assertTrue(r.err().contains("at f (cell"), r.err());
        assertFalse(r.err().contains("jdk.jshell") || r.err().contains("org.jaxpresso.kernel"), r.err());
    }

    @Test
    void aCellThatDoesNotCompileShowsTheSpanAndTheStatusIsOne() throws IOException {
        Run r = piped("int k = \"text\";\n", 0);
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("line 1: incompatible types"), r.err());
        assertTrue(r.err().contains("int k = \"text\";"), r.err());
    }

    @Test
    void stoppingARunningCellKeepsTheSessionAndTheNextCellRuns() throws Exception {
        looping = new CountDownLatch(1);
        PipedWriter feed = new PipedWriter();
        BufferedReader in = new BufferedReader(new PipedReader(feed));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleSession s = new ConsoleSession(ev, new PrintWriter(out), new PrintWriter(err), () -> 0);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
            try {
                return s.runPiped(in);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        feed.write("int kept = 20;\nwhile (true) {\n    " + ConsoleSessionTest.class.getName() + ".looping.countDown();\n}\n");
        feed.flush();
        assertTrue(looping.await(60, TimeUnit.SECONDS), "the loop did not start: " + err);
        ev.stop();
        feed.write("kept + 1\n");
        feed.close();
        assertEquals(1, (int) status.get(60, TimeUnit.SECONDS));
        assertEquals("InterruptedException: the cell was interrupted\n", err.toString());
        assertEquals("21\n", out.toString());
    }
}
