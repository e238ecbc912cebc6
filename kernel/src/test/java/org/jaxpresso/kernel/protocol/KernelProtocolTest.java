package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code src/test/python/*_test.py} script with Debian's {@code /usr/bin/python3} and its
 * {@code jupyter_client} against the shaded kernel jar (this test runs after {@code package}):
 * execute (streams, results, errors), complete, inspect, is_complete, interrupt, history, comm_info,
 * shutdown. Skipped, saying so, only when that Python lacks {@code jupyter_client}
 * ({@code install/jaxpresso test} installs {@code python3-jupyter-client}, so CI runs it).
 */
class KernelProtocolTest {
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
        assumeTrue(DebianPython.imports("jupyter_client"), "skipped: /usr/bin/python3 has no jupyter_client (apt-get install python3-jupyter-client)");
        Path jar = ShadedJar.require();
        Path script = Path.of(System.getProperty("jaxpresso.kernel.python"), scriptName);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String template = System.getProperty("jaxpresso.kernel.kernelspec");

        DebianPython.Run run = DebianPython.run(script, TIMEOUT_SECONDS, java, jar.toString(), template);
        String output = run.output();
        assertTrue(run.finished(), scriptName + " did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, run.status(), scriptName + " failed:\n" + output);
        assertTrue(ALL_PASSED.matcher(output).find(), scriptName + " did not report that all its checks passed:\n" + output);
    }
}
