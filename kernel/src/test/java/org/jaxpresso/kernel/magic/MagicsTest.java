package org.jaxpresso.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.ToolProvider;

import org.jaxpresso.Array;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.kernel.display.DisplaySink;
import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.CompilationException;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.UsageException;
import org.jaxpresso.kernel.eval.UserCodeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The magics on a real JShell session: what they print, return and raise; completion; is_complete. */
class MagicsTest {
    private static JShellEvaluator ev;
    private static Magics magics;

    @BeforeAll
    static void start() {
        ev = new JShellEvaluator(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        magics = new Magics(ev);
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    /** Collects what a cell printed through the sink, and what it displayed. */
    static final class Recorder implements DisplaySink {
        final List<String> lines = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        final List<Object> values = new ArrayList<>();

        @Override public void display(String id, Object value) { events.add("display " + id); values.add(value); }
        @Override public void update(String id, Object value) { events.add("update " + id); values.add(value); }
        @Override public void clear(boolean wait) { events.add("clear " + wait); }
        @Override public void println(String text) { lines.add(text); }
    }

    private record Ran(CellValue value, List<String> lines) {}

    private static Ran run(String cell) throws CellException {
        Recorder r = new Recorder();
        CellValue v = magics.eval(cell, r);
        return new Ran(v, r.lines);
    }

    // ---- %time -------------------------------------------------------------------------------

    @Test
    void timePrintsTheWallTimeAndKeepsTheValue() throws CellException {
        Ran r = run("%time Jnp.arange(4).sum()");
        assertEquals("Array(6, dtype=int32)", r.value().value().toString());
        String wall = r.lines().getLast();
        assertTrue(wall.matches("Wall time: [0-9.]+(e[+-][0-9]+)? (s|ms|µs|ns)"), wall);
    }

    @Test
    void timeMeasuresTheRunNotTheCompilation() throws CellException {
        Ran r = run("%time Thread.sleep(300)");
        String wall = r.lines().getLast();
        assertTrue(wall.matches("Wall time: 3[0-9][0-9] ms"), wall);
    }

    @Test
    void cellTimeKeepsDeclarations() throws CellException {
        Ran r = run("%%time\nint timedA = 20;\nint timedB = timedA + 1;");
        assertTrue(r.lines().getLast().startsWith("Wall time: "), r.lines().toString());
        assertEquals(42, run("timedB * 2").value().value());
    }

    @Test
    void anErrorInTimedCodeIsTheCodesErrorAtItsCellLine() {
        UserCodeException e = assertThrows(UserCodeException.class, () -> run("int ok = 1;\n%time Integer.parseInt(\"x\")"));
        assertEquals("NumberFormatException", e.ename());
        assertTrue(e.traceback().contains("    at line 2"), e.traceback().toString());
    }

    // ---- %timeit -----------------------------------------------------------------------------

    @Test
    void timeitPrintsIPythonsLineWithTheGivenCounts() throws CellException {
        run("int timeitCalls = 0;");
        Ran r = run("%timeit -n 5 -r 3 timeitCalls++");
        assertTrue(r.lines().getLast().matches(
                "[0-9.]+(e[+-][0-9]+)? (s|ms|µs|ns) ± [0-9.]+(e[+-][0-9]+)? (s|ms|µs|ns) per loop \\(mean ± std\\. dev\\. of 3 runs, 5 loops each\\)"),
                r.lines().toString());
        assertFalse(r.value().hasValue());
        int calls = (Integer) run("timeitCalls").value().value();
        assertTrue(calls >= 15 + 1, "15 timed calls after at least one warm-up call, got " + calls);
    }

    @Test
    void timeitOfAVoidCallAndOfAStatementBlock() throws CellException {
        assertTrue(run("%timeit -n 2 -r 1 System.getProperty(\"x\")").lines().getLast().endsWith("(mean ± std. dev. of 1 run, 2 loops each)"));
        assertTrue(run("%timeit -n 2 -r 1 Thread.onSpinWait()").lines().getLast().endsWith("2 loops each)"));
        Ran cell = run("%%timeit -n 3 -r 2 int base = 2;\nint sq = base * base;\nJnp.arange(sq)");
        assertTrue(cell.lines().getLast().endsWith("(mean ± std. dev. of 2 runs, 3 loops each)"), cell.lines().toString());
    }

    @Test
    void timeitChoosesTheLoopCountAndReturnsTheResultWithO() throws CellException {
        Ran r = run("%timeit -o -r 2 Math.sqrt(2.0)");
        TimeitResult t = assertInstanceOf(TimeitResult.class, r.value().value());
        assertEquals(2, t.repeat());
        // a call of well under a microsecond: the first of 1, 2, 5, 10… loops that takes 0.2 s is large
        assertTrue(t.loops() >= 10_000, "loops " + t.loops());
        assertTrue(String.valueOf(t.loops()).matches("[125]0*"), "loops " + t.loops());
        assertEquals(t.toString(), r.lines().getLast());
    }

    @Test
    void timeitQuietPrintsNothing() throws CellException {
        assertEquals(List.of(), run("%timeit -q -n 1 -r 1 1 + 1").lines());
    }

    @Test
    void timeitErrorsAreTheCodesErrors() {
        CompilationException c = assertThrows(CompilationException.class, () -> run("%timeit noSuchVariable + 1"));
        assertTrue(c.evalue().contains("cannot find symbol"), c.evalue());
        UserCodeException u = assertThrows(UserCodeException.class, () -> run("\n%timeit -n 1 -r 1 Integer.parseInt(\"x\")"));
        assertEquals("NumberFormatException", u.ename());
        assertTrue(u.traceback().contains("    at line 2"), u.traceback().toString());
        UsageException bad = assertThrows(UsageException.class, () -> run("%timeit -n zero f()"));
        assertTrue(bad.getMessage().contains("-n needs a positive count"), bad.getMessage());
        assertThrows(UsageException.class, () -> run("%%timeit\nvoid declared() {}"));
    }

    // ---- %jaxpr ------------------------------------------------------------------------------

    @Test
    void jaxprTracesTheCall() throws CellException {
        run("Fn2 timesW = (x, w) -> x.mul(w);\nArray jx = Jnp.array(1f, 2f, 3f);\nArray jw = Jnp.array(4f, 5f, 6f);");
        ClosedJaxpr j = assertInstanceOf(ClosedJaxpr.class, run("%jaxpr timesW(jx, jw)").value().value());
        assertEquals("{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul a b in (c,) }", j.toString());
        ClosedJaxpr viaApply = (ClosedJaxpr) run("%jaxpr timesW.apply(jx, jw);").value().value();
        assertEquals(j.toString(), viaApply.toString());
    }

    @Test
    void jaxprOfATransformedFunction() throws CellException {
        run("Fn2 timesV = (x, w) -> x.mul(w);\nArray jxs = Jnp.ones(2, 3);");
        ClosedJaxpr j = (ClosedJaxpr) run("%jaxpr vmap(timesV, inAxes(0, null))(jxs, Jnp.array(4f, 5f, 6f))").value().value();
        assertTrue(j.toString().startsWith("{ lambda ; a:f32[2,3] b:f32[3]. let"), j.toString());
        assertTrue(j.toString().contains("mul"), j.toString());
    }

    @Test
    void jaxprNeedsACall() {
        UsageException e = assertThrows(UsageException.class, () -> run("%jaxpr timesW"));
        assertTrue(e.getMessage().contains("%jaxpr convolve(x, w)"), e.getMessage());
    }

    // ---- %classpath, %load, %lsmagic, unknown magics ----------------------------------------

    @Test
    void classpathAddMakesAClassFolderUsable(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/greet/MagicGreeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package greet; public class MagicGreeter { public static String hi() { return \"hi from the class path\"; } }");
        Path classes = dir.resolve("classes-1");
        Files.createDirectories(classes);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
        Ran added = run("%classpath add " + dir.resolve("classes-*"));
        assertEquals(List.of("Added " + classes + " to the class path"), added.lines());
        assertEquals("hi from the class path", run("greet.MagicGreeter.hi()").value().value());
        assertTrue(run("%classpath").lines().contains(classes.toString()));
        UsageException none = assertThrows(UsageException.class, () -> run("%classpath add " + dir.resolve("nothing-*.jar")));
        assertTrue(none.getMessage().contains("nothing matches"), none.getMessage());
    }

    @Test
    void loadRunsTheFilesCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("helpers.jsh");
        Files.writeString(file, "int loadedBase = 40;\nint plusTwo(int x) { return x + 2; }\nplusTwo(loadedBase)\n");
        assertEquals(42, run("%load " + file).value().value());
        assertEquals(44, run("plusTwo(42)").value().value());
        Files.writeString(file, "int fine = 1;\nInteger.parseInt(\"y\");\n");
        UserCodeException e = assertThrows(UserCodeException.class, () -> run("%load " + file));
        assertTrue(e.traceback().contains("    at line 2"), e.traceback().toString());
        UsageException missing = assertThrows(UsageException.class, () -> run("%load " + dir.resolve("absent.jsh")));
        assertTrue(missing.getMessage().contains("there is no file"), missing.getMessage());
    }

    @Test
    void lsmagicListsEveryMagic() throws CellException {
        String text = String.join("\n", run("%lsmagic").lines());
        for (String name : List.of("%time ", "%timeit ", "%jaxpr ", "%classpath", "%load ", "%lsmagic", "%%time", "%%timeit")) {
            assertTrue(text.contains(name), name + " in " + text);
        }
    }

    @Test
    void anUnknownMagicNamesTheKnownOnes() {
        UsageException e = assertThrows(UsageException.class, () -> run("%tim f()"));
        assertEquals("UsageError", e.ename());
        assertEquals("there is no magic %tim; the magics are %classpath, %jaxpr, %load, %lsmagic, %time, %timeit"
                + " (cell magics: %%time, %%timeit); %lsmagic explains them", e.getMessage());
        UsageException cell = assertThrows(UsageException.class, () -> run("%%jaxpr\nf(x)"));
        assertTrue(cell.getMessage().contains("is not a cell magic"), cell.getMessage());
    }

    // ---- completion and is_complete ----------------------------------------------------------

    @Test
    void magicNamesComplete() {
        JShellEvaluator.Completions c = magics.complete("%ti", 3);
        assertEquals(List.of("%time", "%timeit"), c.matches());
        assertEquals(0, c.start());
        assertEquals(3, c.end());
        assertEquals(List.of("%%time", "%%timeit"), magics.complete("%%t", 3).matches());
        assertEquals(List.of("%lsmagic", "%load"), magics.complete("int a = 1;\n  %l", 15).matches().stream().sorted().toList().reversed());
        assertEquals(13, magics.complete("int a = 1;\n  %l", 15).start());
        assertEquals(List.of(), magics.complete("int a = 1;\n%%ti", 15).matches());
    }

    @Test
    void javaCompletesInsideAMagicAndAfterOne() {
        JShellEvaluator.Completions c = magics.complete("%time Jnp.ara", 13);
        assertTrue(c.matches().contains("arange("), c.matches().toString());
        assertEquals(10, c.start());
        JShellEvaluator.Completions body = magics.complete("%%timeit\nJnp.ara", 16);
        assertTrue(body.matches().contains("arange("), body.matches().toString());
        assertEquals(13, body.start());
    }

    @Test
    void isCompleteKnowsMagics() {
        assertEquals("", magics.isComplete("%%time"));
        assertEquals("complete", magics.isComplete("%%time\nint a = 1;"));
        assertEquals("    ", magics.isComplete("%%time\nint f() {"));
        assertEquals("complete", magics.isComplete("%time f(1)"));
        assertEquals("complete", magics.isComplete("%lsmagic"));
    }

    // ---- the display helpers, called from cells -----------------------------------------------

    @Test
    void displayHelpersReachTheSinkWithOneId() throws CellException {
        Recorder r = new Recorder();
        CellValue v = magics.eval("String shownId = display(Jnp.arange(2));\nupdateDisplay(shownId, \"later\");\nclearOutput(true);\nclearOutput();\nshownId", r);
        String id = (String) v.value();
        assertEquals(List.of("display " + id, "update " + id, "clear true", "clear false"), r.events);
        assertEquals("Array([0, 1], dtype=int32)", r.values.get(0).toString());
        assertInstanceOf(Array.class, r.values.get(0));
        assertEquals("later", r.values.get(1));
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
    }

    @Test
    void theSinkIsOnlyInstalledWhileTheCellRuns() throws CellException {
        DisplaySink before = org.jaxpresso.kernel.display.Display.sink();
        run("1");
        assertEquals(before, org.jaxpresso.kernel.display.Display.sink());
    }
}
