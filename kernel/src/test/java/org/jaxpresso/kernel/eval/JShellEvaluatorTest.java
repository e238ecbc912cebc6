package org.jaxpresso.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.jaxpresso.Array;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JShellEvaluatorTest {
    private static JShellEvaluator ev;

    @BeforeAll
    static void start() {
        ev = new JShellEvaluator(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    @Test
    void theLastExpressionIsTheCellsValueAndAnArrayIsTheKernelsArray() throws Exception {
        JShellEvaluator.CellValue v = ev.eval("var a = Jnp.arange(3);\na.mul(2)");
        assertTrue(v.hasValue());
        Array a = assertInstanceOf(Array.class, v.value());   // same class loader: cells share the heap
        assertEquals("Array([0, 2, 4], dtype=int32)", a.toString());
        assertEquals(3, ev.eval("a.size()").value());
        assertFalse(ev.eval("int q = 4;").hasValue());      // declarations show nothing, as in IPython
        assertEquals(4, ev.eval("q").value());               // a bare variable does
    }

    @Test
    void aTrailingSemicolonHidesTheValueAsInIPython() throws Exception {
        assertTrue(ev.eval("Jnp.arange(2)").hasValue());
        assertFalse(ev.eval("Jnp.arange(2);").hasValue());
        assertFalse(ev.eval("System.out.printf(\"\");").hasValue());
        assertTrue(ev.eval("int q = 1;\nq + 1").hasValue());
    }

    @Test
    void exitingFromACellIsAnErrorOfTheCellAndTheSessionStays() throws Exception {
        ev.eval("int survivor = 5;");
        for (String exit : List.of("System.exit(3)", "Runtime.getRuntime().exit(4)", "Runtime.getRuntime().halt(5)",
                "void quit() { System.exit(0); }\nquit()")) {
            UserCodeException e = assertThrows(UserCodeException.class, () -> ev.eval(exit), exit);
            assertEquals("UnsupportedOperationException", e.ename(), exit);
            assertTrue(e.evalue().contains("would end the kernel"), e.evalue());
        }
        assertEquals(5, ev.eval("survivor").value());
        UserCodeException e = assertThrows(UserCodeException.class, () -> ev.eval("System.exit(3)"));
        assertEquals(List.of("    at line 1"), e.traceback().subList(1, e.traceback().size()), "no kernel frames");
    }

    @Test
    void deepRecursionShowsTheRepeatedFrameOnce() {
        UserCodeException e = assertThrows(UserCodeException.class, () -> ev.eval("int down(int n) { return down(n + 1) + 1; }\ndown(0)"));
        assertEquals("StackOverflowError", e.ename());
        assertEquals("    at down (line 1)", e.traceback().get(1));
        assertTrue(e.traceback().get(2).matches("    \\.\\.\\. the same frame \\d+ more times"), e.traceback().toString());
        assertTrue(e.traceback().size() < 10, e.traceback().toString());
    }

    @Test
    void jshellsUsualImportsAreThereToo() throws Exception {
        assertEquals("[1, 2, 3]", ev.eval("List.of(1, 2, 3).toString()").value());
        assertEquals(6, ev.eval("IntStream.rangeClosed(1, 3).sum()").value());
        assertEquals("a", ev.eval("Map.of(\"a\", Path.of(\"x\")).keySet().iterator().next()").value());
    }

    @Test
    void userExceptionsKeepTheirClassAndCellLine() {
        UserCodeException e = assertThrows(UserCodeException.class, () -> ev.eval("int z = 0;\n\nint r = 7 / z;"));
        assertEquals("ArithmeticException", e.ename());
        assertEquals("/ by zero", e.evalue());
        assertEquals("java.lang.ArithmeticException: / by zero", e.traceback().get(0));
        assertEquals("    at line 3", e.traceback().get(1));
        assertEquals(2, e.traceback().size());   // no kernel or reflection frames
    }

    @Test
    void compileErrorsPointAtTheSpan() {
        CompilationException e = assertThrows(CompilationException.class, () -> ev.eval("int ok = 1;\nint bad = nope + 1;"));
        assertEquals("cannot find symbol", e.evalue());
        assertEquals("line 2: cannot find symbol", e.traceback().get(0));
        int source = e.traceback().indexOf("    int bad = nope + 1;");
        assertTrue(source > 0, e.traceback().toString());
        assertEquals("              ^--^", e.traceback().get(source + 1));
    }

    @Test
    void isCompleteAnswersForMultiLineInput() {
        assertEquals("complete", ev.isComplete("int a = 1;\nint b = 2;"));
        assertEquals("complete", ev.isComplete("a + 1"));
        assertEquals("    ", ev.isComplete("void f() {"));
        assertEquals("        ", ev.isComplete("void f() {\n    if (true) {"));
        assertEquals("invalid", ev.isComplete("int a = 1; )"));
    }

    @Test
    void completionFindsEngineNames() {
        JShellEvaluator.Completions c = ev.complete("int u = 1;\nJnp.aran", "int u = 1;\nJnp.aran".length());
        assertTrue(c.matches().stream().anyMatch(m -> m.startsWith("arange")), c.toString());
        assertEquals("int u = 1;\nJnp.".length(), c.start());
    }

    @Test
    @Timeout(60)
    void stopEndsABusyLoopAndKeepsTheSession() throws Exception {
        ev.eval("long spin = 0;");
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                ev.eval("while (true) { spin++; }");
                return null;
            } catch (CellException e) {
                return e;
            }
        });
        Thread.sleep(300);   // compiling or already spinning: stop must work in both cases
        ev.stop();
        Throwable t = run.get(20, TimeUnit.SECONDS);
        assertInstanceOf(CellInterruptedException.class, t);
        assertTrue((Long) ev.eval("spin").value() >= 0);   // the variable survives (0 when stopped while compiling)
        assertEquals(5, ev.eval("2 + 3").value());
    }
}
