package org.jaxpresso.kernel.display;

import java.util.Objects;
import java.util.UUID;

/**
 * The display helpers cells call (statically imported in every session), as IPython's
 * {@code display}, {@code update_display} and {@code clear_output}:
 *
 * <pre>{@code
 * String id = display(Jnp.arange(3));       // shown now, like a cell's value
 * updateDisplay(id, Jnp.arange(4));         // that output changes in place
 * clearOutput(true);                        // clear the cell's output when the next one comes
 * }</pre>
 *
 * In a notebook they publish {@code display_data} (with the value's rich forms: tables,
 * highlighted jaxprs, chart images), {@code update_display_data} and {@code clear_output};
 * in the console they print the value's text.
 */
public final class Display {
    private static volatile DisplaySink sink = DisplaySink.STANDARD_OUTPUT;

    private Display() {}

    /**
     * Shows {@code value} now, rendered as a cell's value would be.
     *
     * @return the new output's display id, for {@link #updateDisplay}
     */
    public static String display(Object value) {
        String id = UUID.randomUUID().toString();
        sink.display(id, value);
        return id;
    }

    /** Replaces the output that {@link #display} returned {@code displayId} for by {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        Objects.requireNonNull(displayId, "updateDisplay needs the display id that display(…) returned");
        sink.update(displayId, value);
    }

    /** Clears the cell's output now. */
    public static void clearOutput() {
        clearOutput(false);
    }

    /**
     * Clears the cell's output; with {@code wait}, only when the next output arrives (so an
     * animation loop does not flicker).
     */
    public static void clearOutput(boolean wait) {
        sink.clear(wait);
    }

    /**
     * Asks the user for a line of text, as Python's {@code input(prompt)}: in a notebook an
     * {@code input_request} (the box under the cell), and returns what was typed.
     */
    public static String input(String prompt) {
        return sink.readLine(prompt, false);
    }

    /** As {@link #input}, for a secret: the front end does not show what is typed (IPython's {@code getpass}). */
    public static String password(String prompt) {
        return sink.readLine(prompt, true);
    }

    /**
     * Makes {@code next} the sink of the helpers (front ends call this around a cell).
     *
     * @return the sink it replaces, to put back afterwards
     */
    public static DisplaySink useSink(DisplaySink next) {
        DisplaySink previous = sink;
        sink = Objects.requireNonNull(next);
        return previous;
    }

    /** The sink the helpers write to now. */
    public static DisplaySink sink() {
        return sink;
    }
}
