package org.jaxpresso.kernel;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.jaxpresso.kernel.display.DisplayRenderer;
import org.jaxpresso.kernel.display.DisplaySink;

/**
 * The notebook's side of the display helpers and the magics' output, for one execute request:
 * {@code display_data} and {@code update_display_data} with the value's MIME bundle and its
 * display id in {@code transient}, {@code clear_output}, and text on the cell's stdout stream.
 * What the cell printed before is flushed first, so outputs keep their order.
 */
final class KernelDisplaySink implements DisplaySink {
    private final ShellReplyEnvironment env;
    private final KernelIO io;
    private final boolean stdinAllowed;

    KernelDisplaySink(ShellReplyEnvironment env, KernelIO io, boolean stdinAllowed) {
        this.env = env;
        this.io = io;
        this.stdinAllowed = stdinAllowed;
    }

    @Override
    public String readLine(String prompt, boolean password) {
        if (!stdinAllowed) {
            throw new UnsupportedOperationException("this front end does not accept input (its execute_request has allow_stdin false)");
        }
        io.flushCellOutput();
        String line = env.readFromStdIn(prompt, password);   // the base library appends a line break
        return line != null && line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public void display(String id, Object value) {
        io.flushCellOutput();
        env.publish(new PublishDisplayData(data(id, value)));
    }

    @Override
    public void update(String id, Object value) {
        io.flushCellOutput();
        env.publish(new PublishUpdateDisplayData(data(id, value)));
    }

    @Override
    public void clear(boolean wait) {
        io.flushCellOutput();
        env.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
    }

    @Override
    public void println(String text) {
        io.cellOut.println(text);
    }

    static DisplayData data(String id, Object value) {
        DisplayData d = JaxpressoKernel.displayData(DisplayRenderer.render(value));
        d.setDisplayId(id);
        return d;
    }
}
