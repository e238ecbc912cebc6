package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The console as {@code install/jaxpresso console} starts it, on piped stdin (no TTY): the shaded
 * jar with {@code ConsoleMain} as the main class (this test runs after {@code package}).
 */
class ConsoleProcessTest {
    private static final String MAIN = "org.jaxpresso.kernel.console.ConsoleMain";

    private record Result(int status, String out, String err) {}

    private static Result console(String stdin) throws IOException, InterruptedException {
        return console(stdin, false);
    }

    /** Runs the console on {@code stdin}; {@code viaJar}: as {@code java -jar jaxpresso-kernel.jar console}. */
    private static Result console(String stdin, boolean viaJar) throws IOException, InterruptedException {
        Path jar = ShadedJar.require();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(viaJar ? List.of("-jar", jar.toString(), "console") : List.of("-cp", jar.toString(), MAIN));
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the console did not exit: " + out.join() + err.join());
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream s) {
        try {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void pipedCellsPrintTheirValuesAndTheStatusIsZero() throws Exception {
        Result r = console("Jnp.arange(3)\nint add(int a, int b) {\n    return a + b;\n}\nadd(40, 2)\n");
        assertEquals("Array([0, 1, 2], dtype=int32)\n42\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void javaDashJarWithConsoleStartsTheConsole() throws Exception {
        Result r = console("Jnp.arange(2).mul(21)\n", true);
        assertEquals("Array([ 0, 21], dtype=int32)\n", r.out(), r.err());
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void aFailingCellGivesTheUsersErrorAndANonZeroStatus() throws Exception {
        Result r = console("int[] xs = new int[2];\nxs[5]\n\"after\"\n");
        assertEquals(1, r.status());
        assertEquals("\"after\"\n", r.out());
        assertTrue(r.err().contains("java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 2"), r.err());
        assertTrue(r.err().contains("at line 1"), r.err());
        assertFalse(r.err().contains("jdk.jshell") || r.err().contains("org.jaxpresso.kernel"), r.err());
    }
}
