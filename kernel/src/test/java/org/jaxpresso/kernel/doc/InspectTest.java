package org.jaxpresso.kernel.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jaxpresso.kernel.JaxpressoKernel;
import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.magic.Magics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shift-Tab end to end on a real JShell session: the kernel's inspect, and the signatures under it. */
class InspectTest {
    private static final String VMAP_DOC = "a function that maps f over an axis of its arguments";
    private static final String SIN_DOC = "jnp.sin: the sine of each element, in radians";

    private static JShellEvaluator ev;
    private static Magics magics;
    private static JaxpressoKernel kernel;

    @BeforeAll
    static void start() {
        ev = new JShellEvaluator(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        magics = new Magics(ev);
        kernel = new JaxpressoKernel(CompletableFuture.completedFuture(ev));
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    private static String plain(String code, int at) {
        DisplayData d = kernel.inspect(code, at, false);
        assertNotNull(d, "nothing found at " + at + " in " + code);
        return (String) d.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void aCallShowsTheSignatureAndTheEnginesDoc() {
        String text = plain("Jnp.sin(", 8);
        assertTrue(text.startsWith("Array Jnp.sin(Object x)\n\n"), text);
        assertTrue(text.contains(SIN_DOC), text);
        DisplayData d = kernel.inspect("Jnp.sin(", 8, false);
        assertTrue(((String) d.getData(MIMEType.TEXT_MARKDOWN)).startsWith("```java\nArray Jnp.sin(Object x)\n```"), d.getData(MIMEType.TEXT_MARKDOWN).toString());
    }

    @Test
    void aMethodNameWithoutParenthesesShowsEveryOverload() {
        String text = plain("Jax.vmap", 8);
        for (String n : List.of("Fn1", "Fn2", "Fn3", "FnN")) {
            assertTrue(text.contains(n + " Jax.vmap(" + n + " f, VmapOption... options)"), text);
        }
        assertTrue(text.contains(VMAP_DOC), text);
        assertTrue(text.contains("vmap of a pytree function"), text);
        // the statically imported name, and a cursor in the middle of the name
        assertTrue(plain("vmap", 4).contains(VMAP_DOC));
        assertTrue(plain("var f = Jax.vmap((Fn1) a -> a);", 13).contains(VMAP_DOC));
    }

    @Test
    void theCursorInAnArgumentListShowsTheCall() {
        String code = "Jnp.sin(Jnp.ones(3).add(undefinedName";
        assertTrue(plain(code, code.length()).contains("Array.add"), plain(code, code.length()));
        assertTrue(plain("Jnp.sin(undefinedName)", 12).startsWith("Array Jnp.sin(Object x)"));
    }

    @Test
    void typesAndTheJavaAfterAMagicLine() {
        assertTrue(plain("Jnp", 3).startsWith("org.jaxpresso.Jnp\n\njax.numpy in Java"), plain("Jnp", 3));
        String cell = "%time\nJax.vmap";
        assertTrue(plain(cell, cell.length()).contains(VMAP_DOC));
        assertTrue(plain("%time Jnp.sin(", 14).contains(SIN_DOC));
        assertTrue(plain("%timeit Jnp.sin(x)", 4).startsWith("%timeit"), plain("%timeit Jnp.sin(x)", 4));
    }

    @Test
    void theCursorCountsCodePointsAsTheProtocolDoes() {
        String code = "String s = \"\uD83D\uDE00\"; Jnp.sin(";
        assertTrue(plain(code, code.codePointCount(0, code.length())).contains(SIN_DOC));
    }

    @Test
    void nothingThereOrABadCursorIsNotFound() {
        assertNull(kernel.inspect("Jnp.sin(", -1, false));
        assertNull(kernel.inspect("Jnp.sin(", 9, false));
        assertNull(kernel.inspect("Jnp.sin(", Integer.MAX_VALUE, false));
        assertNull(kernel.inspect(null, 0, false));
        assertNull(kernel.inspect("", 0, false));
        assertNull(kernel.inspect("1 + 2", 5, false));
        assertNull(kernel.inspect("}}} ((( \"", 4, false));
        assertNull(kernel.inspect("%nosuchmagic", 3, false));
        assertEquals(List.of(), magics.signatures("Jnp.sin(", 20));
        assertEquals(List.of(), ev.signatures("Jnp.sin(", -3));
    }
}
