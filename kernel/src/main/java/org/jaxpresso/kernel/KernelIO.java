package org.jaxpresso.kernel;

import java.nio.charset.StandardCharsets;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

/**
 * The base library's stdout/stderr/stdin/display streams, with the attach and detach steps
 * (protected there) opened to {@link JaxpressoKernel}'s execute handler.
 */
final class KernelIO extends JupyterIO {
    KernelIO() {
        super(StandardCharsets.UTF_8);
    }

    /** Routes the streams to the request being handled; {@code stdin} enables input requests. */
    void attach(ShellReplyEnvironment env, boolean stdin) {
        setEnv(env);
        setJupyterInEnabled(stdin);
    }

    /** Flushes what the cell printed and detaches the streams from the request. */
    void detach(ShellReplyEnvironment env) {
        out.flush();
        err.flush();
        retractEnv(env);
    }
}
