package org.jaxpresso.kernel.display;

/**
 * Where a front end puts what a cell shows besides its value: the notebook publishes
 * {@code display_data}, {@code update_display_data} and {@code clear_output} messages, the
 * console prints text. {@link Display}'s helpers and the magics write through it.
 */
public interface DisplaySink {
    /** Shows {@code value} as a new output that {@code id} names. */
    void display(String id, Object value);

    /** Replaces the output named {@code id} (shown earlier in any cell) by {@code value}. */
    void update(String id, Object value);

    /** Clears the cell's output; {@code wait}: only when the next output arrives. */
    void clear(boolean wait);

    /** Prints {@code text} (a line, without its line break) to the cell's standard output. */
    void println(String text);

    /**
     * Asks the user for a line of text ({@code password}: not echoed) and returns it; front ends
     * that cannot ask say so with an {@link UnsupportedOperationException}.
     */
    default String readLine(String prompt, boolean password) {
        throw new UnsupportedOperationException("this front end cannot ask for input; read System.in instead");
    }

    /** A sink that writes text to {@link System#out}: outside a kernel or a console cell. */
    DisplaySink STANDARD_OUTPUT = new DisplaySink() {
        @Override public void display(String id, Object value) { System.out.println(DisplayRenderer.render(value).plain()); }
        @Override public void update(String id, Object value) { display(id, value); }
        @Override public void clear(boolean wait) {}
        @Override public void println(String text) { System.out.println(text); }
    };
}
