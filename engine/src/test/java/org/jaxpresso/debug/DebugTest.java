package org.jaxpresso.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebugTest {
    /** Runs {@code body} with {@code -Djaxpresso.debug=level} and returns what it printed to stderr. */
    static String stderrAtLevel(String level, Runnable body) {
        String before = System.getProperty(Debug.PROPERTY);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setProperty(Debug.PROPERTY, level);
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            body.run();
        } finally {
            System.setErr(err);
            if (before == null) System.clearProperty(Debug.PROPERTY);
            else System.setProperty(Debug.PROPERTY, before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSystemPropertySetsTheLevel() {
        stderrAtLevel("3", () -> {
            assertEquals(3, Debug.level());
            assertTrue(Debug.enabled(Debug.FUSION_GROUPS));
            assertFalse(Debug.enabled(Debug.GENERATED_CODE));
        });
        stderrAtLevel("not a number", () -> assertEquals(0, Debug.level()));
        stderrAtLevel("-2", () -> assertEquals(0, Debug.level()));
    }

    @Test
    void logPrintsOneLinePerMessageAtOrBelowTheLevel() {
        String out = stderrAtLevel("2", () -> {
            Debug.log(1, () -> "one");
            Debug.log(2, () -> "two");
            Debug.log(3, () -> "three");
        });
        assertEquals("[jaxpresso] one\n[jaxpresso] two\n", out.replace("\r\n", "\n"));
    }

    @Test
    void aDisabledMessageIsNotBuilt() {
        AtomicInteger built = new AtomicInteger();
        String out = stderrAtLevel("0", () -> Debug.log(1, () -> "x" + built.incrementAndGet()));
        assertEquals("", out);
        assertEquals(0, built.get());
    }

    @Test
    void millisHasTwoDecimals() { assertEquals("1.50 ms", Debug.millis(1_500_000).replace(',', '.')); }
}
