package org.jaxpresso.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.magic.Magics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The magics and display helpers through the console session on piped input, as a user types them. */
class ConsoleMagicsTest {
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

    private static Run piped(String input) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleSession s = new ConsoleSession(ev, new PrintWriter(out), new PrintWriter(err), () -> 0);
        int status = s.runPiped(new BufferedReader(new StringReader(input)));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void timePrintsTheWallTimeThenTheValue() throws IOException {
        Run r = piped("%time Jnp.arange(4).sum()\n");
        assertTrue(r.out().matches("(?s)(Compile time: [^\n]+\n)?Wall time: [0-9.]+(e[+-][0-9]+)? (s|ms|µs|ns)\nArray\\(6, dtype=int32\\)\n"), r.out());
        assertEquals("", r.err());
        assertEquals(0, r.status());
    }

    @Test
    void jaxprPrintsTheJaxprsText() throws IOException {
        Run r = piped("Fn2 convolve = (x, w) -> x.mul(w).sum();\nArray x = Jnp.array(1f, 2f);\n%jaxpr convolve(x, x)\n");
        assertEquals("""
                { lambda ; a:f32[2] b:f32[2]. let
                    c:f32[2] = mul a b
                    d:f32[] = reduce_sum[axes=(0,) out_sharding=None] c
                  in (d,) }
                """, r.out());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aCellMagicWaitsForItsBody() throws IOException {
        Run r = piped("%%timeit -n 2 -r 3\nint q = 1;\n");
        assertTrue(r.out().endsWith("per loop (mean ± std. dev. of 3 runs, 2 loops each)\n"), r.out());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aWrongMagicIsAFailedCell() throws IOException {
        Run r = piped("%timme 1\n");
        assertTrue(r.err().startsWith("UsageError: there is no magic %timme; the magics are %classpath"), r.err());
        assertEquals(1, r.status());
    }

    @Test
    void displayPrintsTheValuesText() throws IOException {
        Run r = piped("String id = display(Jnp.arange(2));\nupdateDisplay(id, 7);\n");
        assertEquals("Array([0, 1], dtype=int32)\n7\n", r.out());
    }

    @Test
    void magicNamesCompleteInTheConsole() {
        EvaluatorCompleter c = new EvaluatorCompleter(new Magics(ev));
        assertEquals(List.of("%time", "%timeit"), c.replacements("%ti", 3, 3));
        // the console's word includes the '%'s
        assertEquals("%%ti", new CellParser(null).parse("%%ti", 4, org.jline.reader.Parser.ParseContext.COMPLETE).word());
    }
}
