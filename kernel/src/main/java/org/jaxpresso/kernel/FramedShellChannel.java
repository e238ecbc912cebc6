package org.jaxpresso.kernel;

import java.util.Arrays;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.zeromq.ZMQ;

/**
 * A shell (or control) socket whose reader never leaves the multipart message it started. The
 * base library's reader takes frames until it meets {@code <IDS|MSG>}, then five more, whatever
 * the message boundaries: after a message with no delimiter (or too few frames after it) it read
 * on into the next message, so that one's routing identity became one more identity of the bad
 * message and its reply went to the bad message's sender, or its frames failed the signature.
 *
 * <p>The reader asks for every frame through {@link #recv(int)}; this class follows where each
 * frame stands in its message (ZeroMQ's "more" flag marks the last one) and, when a message ends
 * before it has a delimiter and the five frames after it, throws instead of returning its last
 * frame. The message is then read whole and nothing of the next one; the loop's error handler
 * ({@link BadMessageGuard}) logs it and goes on.
 *
 * <p>The base loop polls without waiting and then sleeps between passes: 50 ms by default, which
 * a request waits for up to that long before it is read. We sleep {@value #LOOP_SLEEP_MS} ms: a
 * warm trivial cell answers well within the 100 ms goal, at the cost of a few hundred cheap
 * wake-ups a second while the kernel is idle.
 */
final class FramedShellChannel extends ShellChannel {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** signature, header, parent header, metadata, content; buffers may follow. */
    private static final int FRAMES_AFTER_DELIMITER = 5;
    /** How long the loop sleeps between its passes over the socket. */
    static final long LOOP_SLEEP_MS = 5;

    private final String name;
    /** Frames of the current message read before the delimiter. */
    private int identities;
    /** Frames read after the delimiter, or -1 before it. */
    private int afterDelimiter = -1;

    FramedShellChannel(ZMQ.Context ctx, HMACGenerator hmac, boolean isControl, JupyterConnection connection) {
        super(ctx, hmac, isControl, connection, LOOP_SLEEP_MS);
        this.name = isControl ? "control" : "shell";
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        super.bind(props);
        BadMessageGuard.install(this, name);
    }

    @Override
    public byte[] recv(int flags) {
        byte[] frame = super.recv(flags);
        if (frame == null) return null;
        if (afterDelimiter >= 0) afterDelimiter++;
        else if (Arrays.equals(frame, DELIMITER)) afterDelimiter = 0;
        else identities++;
        if (!hasReceiveMore()) {          // the last frame of this message
            int ids = identities, after = afterDelimiter;
            identities = 0;
            afterDelimiter = -1;
            if (after < 0) {
                throw new IllegalArgumentException("a message of " + ids + " frames with no <IDS|MSG> delimiter");
            }
            if (after < FRAMES_AFTER_DELIMITER) {
                throw new IllegalArgumentException("a message with " + after + " frames after <IDS|MSG>, not " + FRAMES_AFTER_DELIMITER);
            }
        }
        return frame;
    }
}
