package org.jaxpresso.kernel;

import java.lang.reflect.Field;

import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;

/**
 * Keeps the kernel answering after a bad message. The base library reads the shell and control
 * sockets in loops that end at the first exception, so a wrongly signed request (its
 * {@code SecurityException}), a frame that is not JSON or a misframed message (see
 * {@link FramedShellChannel}) silently killed the kernel's shell. This installs an error handler
 * on a channel's loop that reports the message as dropped, on stderr (Jupyter's log), and goes on.
 * The loop is private to the library, so it is reached by reflection once the channel is bound; if
 * that fails (a different library version) the kernel says so and runs as before.
 */
final class BadMessageGuard {
    private BadMessageGuard() {}

    static void install(ShellChannel channel, String socket) {
        try {
            Field loopField = ShellChannel.class.getDeclaredField("ioloop");
            loopField.setAccessible(true);
            Loop loop = (Loop) loopField.get(channel);
            loop.onError(error -> {
                System.err.println("jaxpresso kernel: dropped a bad message on the " + socket + " socket: " + error);
                return 0;   // go on reading
            });
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("jaxpresso kernel: could not guard the " + socket + " socket against bad messages (" + e + "); a malformed message may stop the kernel");
        }
    }
}
