package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code src/test/python/protocol_test.py} with Debian's {@code /usr/bin/python3} and its
 * {@code jupyter_client} against the shaded kernel jar (this test runs after {@code package}):
 * execute (streams, results, errors), complete, is_complete, interrupt, history, comm_info,
 * shutdown. Skipped, saying so, only when that Python lacks {@code jupyter_client}
 * ({@code install/jaxpresso test} installs {@code python3-jupyter-client}, so CI runs it).
 */
class KernelProtocolTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 300;

    @Test
    void protocolChecksPassAgainstTheRealKernel() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "skipped: /usr/bin/python3 not found (install python3-jupyter-client)");
        assumeTrue(hasJupyterClient(), "skipped: /usr/bin/python3 has no jupyter_client (apt-get install python3-jupyter-client)");
        Path jar = Path.of(System.getProperty("jaxpresso.kernel.jar"));
        Path script = Path.of(System.getProperty("jaxpresso.kernel.python"), "protocol_test.py");
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
        assertEquals(0, p.exitValue(), "protocol checks failed:\n" + output);
        assertTrue(output.contains("all protocol checks passed"), output);
    }

    private static boolean hasJupyterClient() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import jupyter_client").redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
