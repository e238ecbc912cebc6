package org.jaxpresso.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.jaxpresso.kernel.eval.JShellEvaluator;

/**
 * Starts the kernel: {@code java -jar jaxpresso-kernel.jar CONNECTION_FILE}, as the kernelspec's
 * {@code argv} does. Binds the five sockets of the connection file, answers at once while JShell
 * starts in the background, and exits when the client asks it to shut down or when the process
 * that started it dies. {@code java -jar jaxpresso-kernel.jar console} starts the terminal console instead.
 */
public final class KernelMain {
    private KernelMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("console")) {
            org.jaxpresso.kernel.console.ConsoleMain.main(new String[0]);
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: java -jar jaxpresso-kernel.jar CONNECTION_FILE   (the kernel, as Jupyter starts it)\n"
                    + "       java -jar jaxpresso-kernel.jar console           (the terminal console)");
            System.exit(2);
        }
        quietLogging();
        String connectionJson = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        KernelConnectionProperties props = KernelConnectionProperties.parse(connectionJson);

        String classPath = System.getProperty("java.class.path");
        CompletableFuture<JShellEvaluator> evaluator = CompletableFuture.supplyAsync(() -> new JShellEvaluator(classPath));
        JaxpressoKernel kernel = new JaxpressoKernel(evaluator);

        KernelConnection connection = new KernelConnection(props);
        kernel.becomeHandlerForConnection(connection);
        kernel.onStartup();
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("jaxpresso kernel: the process that started it has exited; exiting");
            Runtime.getRuntime().halt(0);
        }));
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** The base library logs at INFO through SLF4J → java.util.logging; keep only warnings. */
    private static void quietLogging() throws IOException {
        Logger root = Logger.getLogger("");
        Level level = System.getenv("JAXPRESSO_DEBUG") != null ? Level.FINE : Level.WARNING;
        root.setLevel(level);
        for (var h : root.getHandlers()) h.setLevel(level);
    }
}
