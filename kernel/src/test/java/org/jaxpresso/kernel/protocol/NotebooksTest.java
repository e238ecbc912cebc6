package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
    private static final long TIMEOUT_SECONDS = 600;

    @Test
    void everyNotebookRunsAndItsStoredOutputsAreCurrent() throws Exception {
        Path jar = ShadedJar.require();
        assumeTrue(DebianPython.imports("nbclient", "nbformat"),
                "skipped: /usr/bin/python3 lacks nbclient/nbformat (apt-get install python3-nbclient python3-nbformat)");
        Path notebooks = Path.of(System.getProperty("jaxpresso.kernel.python"), "..", "..", "..", "..", "notebooks").normalize();
        Path script = notebooks.resolve("run_notebooks.py");
        assertTrue(Files.isRegularFile(script), "missing " + script);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String template = System.getProperty("jaxpresso.kernel.kernelspec");

        DebianPython.Run run = DebianPython.run(script, TIMEOUT_SECONDS,
                "--check", "--kernel-jar", jar.toString(), "--java", java, "--template", template);
        String output = run.output();
        assertTrue(run.finished(), "the notebooks did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, run.status(), "a notebook failed or is stale:\n" + output);
        assertTrue(output.contains("and their stored outputs are current"), output);
    }
}
