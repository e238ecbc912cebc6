package org.jaxpresso.kernel.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's {@code /usr/bin/python3}, which the protocol tests run (not the {@code python3} first on PATH). */
final class DebianPython {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private DebianPython() {}

    /** What a script printed (stdout and stderr together) and its exit status, when it finished in time. */
    record Run(boolean finished, int status, String output) {}

    /** Whether that Python exists and imports every one of {@code modules}. */
    static boolean imports(String... modules) throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) return false;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + String.join(", ", modules)).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /**
     * Runs {@code script} with {@code args}, its output also echoed to this test's output; after
     * {@code timeoutSeconds} it is killed with its children and the run is not {@code finished}.
     */
    static Run run(Path script, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("jaxpresso-python", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println(output);
        return new Run(finished, finished ? p.exitValue() : -1, output);
    }
}
