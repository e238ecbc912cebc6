package org.jaxpresso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs notebooks/tour.jsh (what {@code install/jaxpresso tour} runs) in a real JShell against the built classes. */
class TourScriptTest {
    @Test
    void tourRunsInJShellAndPrintsTheTutorialsValuesAndJaxprs() throws IOException, InterruptedException {
        Path script = Path.of("..", "notebooks", "tour.jsh").toAbsolutePath().normalize();
        assertTrue(Files.exists(script), "missing " + script);
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Process p = new ProcessBuilder(jshell.toString(), "--feedback", "silent", "-R--enable-native-access=ALL-UNNAMED",
                "-R--add-modules=jdk.incubator.vector", "--class-path",
                Path.of("target", "classes").toAbsolutePath().toString(), script.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("convolve(x, w) = Array([11., 20., 29.], dtype=float32)"), out);
        assertTrue(out.contains("    l:f32[3] = concatenate[dimension=0] i j k\n  in (l,) }"), out);
        assertTrue(out.contains("    r:f32[2,3] = concatenate[dimension=1] o p q\n  in (r,) }"), out);
        assertTrue(out.contains(org.jaxpresso.testkit.Tutorial.VMAP_CONVOLVE_JAXPR), out);
        assertTrue(out.contains("jit(vmap(convolve)): Array([[11., 20., 29.],"), out);
        assertTrue(out.contains("same computation: no — only in vmap(convolve): dot_general ×3"), out);
        assertTrue(!out.contains("Error") && !out.contains("Exception"), out);
    }
}
