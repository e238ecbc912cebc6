package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Index;
import org.jaxpresso.IndexException;

/**
 * Parses numpy's index text: comma-separated items, each an int ({@code -1}), a slice
 * ({@code 1:4}, {@code ::-1}, {@code :}), {@code None} / {@code np.newaxis} or {@code ...}.
 */
public final class IndexParser {
    private IndexParser() {}

    /** The items of {@code text}: {@link Integer}s and {@link Index} values, in order. */
    public static List<Object> parse(String text) {
        List<Object> items = new ArrayList<>();
        String trimmed = text.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) trimmed = trimmed.substring(1, trimmed.length() - 1);
        if (trimmed.isEmpty()) return items;
        String[] parts = trimmed.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                if (i == parts.length - 1 && i > 0) break;   // a trailing comma, as in "1,"
                throw syntax(text);
            }
            items.add(item(part, text));
        }
        return items;
    }

    private static Object item(String part, String text) {
        switch (part) {
            case "...", "Ellipsis" -> { return Index.ELLIPSIS; }
            case "None", "np.newaxis", "jnp.newaxis", "newaxis" -> { return Index.NEW_AXIS; }
            default -> { }
        }
        if (!part.contains(":")) return integer(part, text);
        String[] bounds = part.split(":", -1);
        if (bounds.length > 3) throw syntax(text);
        Integer start = bound(bounds[0], text);
        Integer stop = bound(bounds[1], text);
        Integer step = bounds.length == 3 ? bound(bounds[2], text) : null;
        if (step != null && step == 0) throw new IndexException("slice step cannot be zero");
        return Index.slice(start, stop, step);
    }

    private static Integer bound(String s, String text) {
        String t = s.strip();
        if (t.isEmpty() || t.equals("None")) return null;
        return integer(t, text);
    }

    private static Integer integer(String s, String text) {
        try {
            return Integer.valueOf(s.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw syntax(text);
        }
    }

    private static IndexException syntax(String text) {
        return new IndexException("Cannot parse index expression \"" + text
                + "\": expected comma-separated ints, slices (start:stop:step), None or ... .");
    }
}
