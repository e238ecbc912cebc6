package org.jaxpresso.kernel.console;

import org.jaxpresso.inspect.JaxprComparison;
import org.jaxpresso.kernel.display.DisplayRenderer;

/**
 * The text the console prints for a cell's value: the notebook's {@code text/plain} (arrays as
 * their repr, jaxprs as text, strings quoted), except that a jaxpr comparison's two columns are
 * fitted to the terminal's width.
 */
public final class ConsoleRenderer {
    /** The width used when the terminal does not say (a dumb terminal, piped output). */
    public static final int FALLBACK_WIDTH = JaxprComparison.DEFAULT_WIDTH;

    private ConsoleRenderer() {}

    /** {@code value} as text for a terminal {@code width} columns wide (0 or less: unknown). */
    public static String text(Object value, int width) {
        if (value instanceof JaxprComparison c) return c.render(width > 0 ? width : FALLBACK_WIDTH);
        return DisplayRenderer.render(value).plain();
    }
}
