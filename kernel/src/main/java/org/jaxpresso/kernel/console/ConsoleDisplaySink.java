package org.jaxpresso.kernel.console;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

import org.jaxpresso.kernel.display.DisplaySink;

/**
 * The console's side of the display helpers and the magics' output: a displayed or updated
 * value is printed as text (as a cell's value), clearing prints nothing (a terminal keeps its
 * scrollback), and text lines go to the console's output.
 */
final class ConsoleDisplaySink implements DisplaySink {
    private final PrintWriter out;
    private final IntSupplier width;

    ConsoleDisplaySink(PrintWriter out, IntSupplier width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public void display(String id, Object value) {
        out.println(ConsoleRenderer.text(value, width.getAsInt()));
        out.flush();
    }

    @Override
    public void update(String id, Object value) {
        display(id, value);
    }

    @Override
    public void clear(boolean wait) {}

    @Override
    public void println(String text) {
        out.println(text);
        out.flush();
    }
}
