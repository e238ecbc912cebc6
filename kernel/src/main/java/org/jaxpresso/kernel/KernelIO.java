package org.jaxpresso.kernel;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

/**
 * The base library's stdout/stderr/stdin/display streams, with the attach and detach steps
 * (protected there) opened to {@link JaxpressoKernel}'s execute handler, and the streams a cell's
 * {@code System.out} and {@code System.err} write to: gathered and sent every
 * {@value #FLUSH_MILLIS} ms and at the cell's end (see {@link GatheringStream}).
 */
final class KernelIO extends JupyterIO {
    /** How often what a running cell printed is sent. */
    static final long FLUSH_MILLIS = 50;

    /** {@code System.out} while a cell runs. */
    final PrintStream cellOut = new PrintStream(new GatheringStream(out), false, StandardCharsets.UTF_8);
    /** {@code System.err} while a cell runs. */
    final PrintStream cellErr = new PrintStream(new GatheringStream(err), false, StandardCharsets.UTF_8);

    KernelIO() {
        super(StandardCharsets.UTF_8);
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jaxpresso-output-flusher");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushCellOutput, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Routes the streams to the request being handled; {@code stdin} enables input requests. */
    void attach(ShellReplyEnvironment env, boolean stdin) {
        setEnv(env);
        setJupyterInEnabled(stdin);
        System.setOut(cellOut);
        System.setErr(cellErr);
    }

    /** Sends what the cell printed so far (before a display message, so outputs keep their order). */
    void flushCellOutput() {
        cellOut.flush();
        cellErr.flush();
    }

    /** Flushes what the cell printed and detaches the streams from the request. */
    void detach(ShellReplyEnvironment env) {
        flushCellOutput();
        out.flush();
        err.flush();
        retractEnv(env);
    }
}
