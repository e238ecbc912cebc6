package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The kernel in a real browser: {@code src/test/python/browser_check.py} serves a small notebook
 * with classic Notebook (Debian's {@code jupyter-notebook}) on 127.0.0.1, runs all its cells in
 * headless Chromium through chromedriver and Selenium, and checks the rendered page (an Array's
 * HTML table, a highlighted jaxpr, printed text, no error outputs). Its screenshot and page are
 * kept in {@code target/browser/}. Skipped, saying what to install, only when Chromium,
 * chromedriver, Selenium or Notebook is missing and {@code JAXPRESSO_REQUIRE_BROWSER} is unset;
 * {@code install/jaxpresso test} installs them, so CI runs it.
 */
class BrowserTest {
    private static final long TIMEOUT_SECONDS = 300;
    private static final Pattern ALL_PASSED = Pattern.compile("all [1-9]\\d* browser checks passed");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void aNotebookRunsAndRendersInHeadlessChromium() throws Exception {
        Path jar = ShadedJar.require();
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                && DebianPython.imports("selenium", "notebook", "jupyter_client");
        if (System.getenv("JAXPRESSO_REQUIRE_BROWSER") == null) {
            assumeTrue(present, "skipped: the browser test needs /usr/bin/chromium, /usr/bin/chromedriver and Debian's"
                    + " selenium and notebook (apt-get install chromium chromium-driver python3-selenium jupyter-notebook)");
        }
        Path script = Path.of(System.getProperty("jaxpresso.kernel.python"), "browser_check.py");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String template = System.getProperty("jaxpresso.kernel.kernelspec");
        Path out = jar.toAbsolutePath().getParent().resolve("browser");

        DebianPython.Run run = DebianPython.run(script, TIMEOUT_SECONDS, java, jar.toString(), template, out.toString());
        String output = run.output();
        assertTrue(run.finished(), "browser_check.py did not finish within " + TIMEOUT_SECONDS + " s:\n" + output);
        assertEquals(0, run.status(), "browser_check.py failed:\n" + output);
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(ALL_PASSED.matcher(last).matches(), "browser_check.py did not end by reporting that all its checks passed:\n" + output);
        assertTrue(Files.size(out.resolve("notebook.png")) > 0, "no screenshot in " + out);
    }
}
