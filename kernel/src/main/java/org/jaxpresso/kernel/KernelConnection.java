package org.jaxpresso.kernel;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's five sockets, with the shell and control sockets read by {@link FramedShellChannel}.
 * The base connection makes its own shell and control channels in its constructor; they are left
 * unbound (and closed with the rest), and {@link #connect()} binds these instead, in their own
 * ZeroMQ context, then the heartbeat, stdin and iopub sockets as the base class does, and says
 * "starting" on iopub.
 */
final class KernelConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final FramedShellChannel framedShell;
    private final FramedShellChannel framedControl;
    private boolean connected;

    KernelConnection(KernelConnectionProperties props) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        HMACGenerator hmac = props.createHMACGenerator();
        this.framedShell = new FramedShellChannel(context, hmac, false, this);
        this.framedControl = new FramedShellChannel(context, hmac, true, this);
    }

    @Override
    public void connect() {
        if (connected) return;
        heartbeat.bind(props);
        framedShell.bind(props);
        framedControl.bind(props);
        stdin.bind(props);
        iopub.bind(props);
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    @Override
    public void close() {
        framedShell.close();
        framedControl.close();
        super.close();
        context.close();
    }

    @Override
    public void waitUntilClose() {
        framedShell.waitUntilClose();
        framedControl.waitUntilClose();
        super.waitUntilClose();
    }
}
