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
 * Executes every tutorial notebook in {@code notebooks/} with the real kernel (the shaded jar,
 * through a temporary kernelspec) using {@code notebooks/run_notebooks.py --check}: each runs top
 * to bottom with no errors (their check cells assert values and jaxpr texts), and their stored
 * outputs equal a fresh run's, apart from the cells tagged {@code timing}. Skipped, saying what to
 * install, only when Debian's {@code python3-nbclient} is missing; {@code install/jaxpresso test}
 * installs it, so CI runs it.
 */
class NotebooksTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 600;

    @Test
    void everyNotebookRunsAndItsStoredOutputsAreCurrent() throws Exception {
        Path jar = ShadedJar.require();
        assumeTrue(Files.isExecutable(PYTHON) && imports("nbclient") && imports("nbformat"),
                "skipped: /usr/bin/python3 lacks nbclient/nbformat (apt-get install python3-nbclient python3-nbformat)");
        Path notebooks = Path.of(System.getProperty("jaxpresso.kernel.python"), "..", "..", "..", "..", "notebooks").normalize();
        Path script = notebooks.resolve("run_notebooks.py");
        assertTrue(Files.isRegularFile(script), "missing " + script);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path template = Path.of(System.getProperty("jaxpresso.kernel.kernelspec"));

        Path log = Files.createTempFile("jaxpresso-notebooks", ".log");
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), "--check",
                "--kernel-jar", jar.toString(), "--java", java, "--template", template.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the notebooks did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, p.exitValue(), "a notebook failed or is stale:\n" + output);
        assertTrue(output.contains("and their stored outputs are current"), output);
    }

    private static boolean imports(String module) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
