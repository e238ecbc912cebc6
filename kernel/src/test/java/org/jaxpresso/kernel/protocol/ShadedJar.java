package org.jaxpresso.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shaded kernel jar the protocol tests start, as the build's integration-test execution names it. */
final class ShadedJar {
    private ShadedJar() {}

    /**
     * The jar; the calling test is skipped when the build did not name one (a {@code -Dtest=…}
     * filter also selects protocol tests in the unit-test execution, before the jar exists; they
     * run again after {@code package}), and fails when the named jar is missing.
     */
    static Path require() {
        String jar = System.getProperty("jaxpresso.kernel.jar");
        assumeTrue(jar != null, "skipped here: protocol tests run in the integration-test phase, after the shaded jar is built");
        Path path = Path.of(jar);
        assertTrue(Files.isRegularFile(path), "the shaded kernel jar is missing: " + path);
        return path;
    }
}
