package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code src/test/python/*_test.py} script with Debian's {@code /usr/bin/python3} and its
 * {@code jupyter_client} against the shaded kernel jar (this test runs after {@code package}):
 * execute (streams, results, errors), complete, is_complete, interrupt, history, comm_info,
 * shutdown. Skipped, saying so, only when that Python lacks {@code jupyter_client}
 * ({@code install/jaxpresso test} installs {@code python3-jupyter-client}, so CI runs it).
 */
class KernelProtocolTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 300;
    /** The last line each script prints when every check passed. */
    private static final Pattern ALL_PASSED = Pattern.compile("(?m)^all [a-z ]*checks passed$");

    /**
     * The scripts; none when the build did not set the properties (a {@code -Dtest=…} filter also
     * selects this class in the unit-test execution, before the jar exists; it runs afterwards).
     */
    static Stream<String> scripts() throws IOException {
        String dir = System.getProperty("jaxpresso.kernel.python");
        if (dir == null) return Stream.empty();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_test.py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("scripts")
    void checksPassAgainstTheRealKernel(String scriptName) throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: /usr/bin/python3 not found (install python3-jupyter-client)");
        assumeTrue(hasJupyterClient(), "skipped: /usr/bin/python3 has no jupyter_client (apt-get install python3-jupyter-client)");
        Path jar = Path.of(System.getProperty("jaxpresso.kernel.jar"));
        Path script = Path.of(System.getProperty("jaxpresso.kernel.python"), scriptName);
        assertTrue(Files.isRegularFile(jar), "the shaded kernel jar is missing: " + jar);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Path log = Files.createTempFile("jaxpresso-protocol", ".log");
        Path template = Path.of(System.getProperty("jaxpresso.kernel.kernelspec"));
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), java, jar.toString(), template.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the protocol tests did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, p.exitValue(), scriptName + " failed:\n" + output);
        assertTrue(ALL_PASSED.matcher(output).find(), scriptName + " did not report that all its checks passed:\n" + output);
    }

    private static boolean hasJupyterClient() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import jupyter_client").redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
