package org.jaxpresso.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jaxpresso.inspect.ComparisonRow.Status;

/**
 * Renders a {@link JaxprComparison} as plain text for a console: a header with the labels, two
 * columns (indented as the jaxpr printer indents) with a three-character marker column between
 * them, then each side's primitives, the verdict and a legend of the markers. No line is longer
 * than the width: long equations end in {@code …}, long summaries wrap.
 */
final class ComparisonTextRenderer {
    /** The narrowest width that still leaves room for two columns. */
    static final int MIN_WIDTH = 24;
    private static final String ELLIPSIS = "…";
    /** Joins words that {@link #wrap} must keep on one line; printed as a space. */
    private static final char GLUE = '\0';
    /** The marker legend, each entry kept on one line. */
    private static final String LEGEND = Stream.of("≈ same op, operands differ upstream", "≠ changed", "< only left", "> only right",
            "~ moved (independent equations reordered)").map(s -> s.replace(' ', GLUE)).collect(Collectors.joining("; "));

    private ComparisonTextRenderer() {}

    static String marker(Status s) {
        return switch (s) {
            case SAME -> "   ";
            case SAME_OP -> " ≈ ";
            case CHANGED -> " ≠ ";
            case ONLY_LEFT -> " < ";
            case ONLY_RIGHT -> " > ";
            case MOVED -> " ~ ";
        };
    }

    static String render(JaxprComparison c, int width) {
        if (width < MIN_WIDTH) throw new IllegalArgumentException("width must be at least " + MIN_WIDTH + ", got " + width);
        List<ComparisonRow> rows = c.rows();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            String indent = k == 0 ? "" : k == rows.size() - 1 ? "  " : "    ";
            ComparisonRow row = rows.get(k);
            left.add(row.left() == null ? "" : indent + row.left());
            right.add(row.right() == null ? "" : indent + row.right());
        }
        int leftWidth = c.leftLabel().length();
        for (String s : left) leftWidth = Math.max(leftWidth, s.length());
        int rightNeeds = c.rightLabel().length();
        for (String s : right) rightNeeds = Math.max(rightNeeds, s.length());
        // half the width each, unless one side needs less and leaves the other more
        leftWidth = Math.min(leftWidth, Math.max((width - 3) / 2, width - 3 - rightNeeds));
        int rightWidth = width - 3 - leftWidth;

        List<String> lines = new ArrayList<>();
        lines.add(line(c.leftLabel(), "   ", c.rightLabel(), leftWidth, rightWidth));
        for (int k = 0; k < rows.size(); k++) lines.add(line(left.get(k), marker(rows.get(k).status()), right.get(k), leftWidth, rightWidth));
        lines.add("");
        lines.addAll(wrap(c.leftLabel() + ": " + c.leftPrimitives(), width));
        lines.addAll(wrap(c.rightLabel() + ": " + c.rightPrimitives(), width));
        lines.addAll(wrap(c.verdict(), width));
        if (rows.stream().anyMatch(r -> r.status() != Status.SAME)) lines.addAll(wrap(LEGEND, width));
        return String.join("\n", lines);
    }

    private static String line(String left, String marker, String right, int leftWidth, int rightWidth) {
        String l = truncate(left, leftWidth);
        return (l + " ".repeat(leftWidth - l.length()) + marker + truncate(right, rightWidth)).stripTrailing();
    }

    static String truncate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + ELLIPSIS;
    }

    /**
     * Word-wraps {@code text} at spaces, never inside a count such as {@code mul ×3} nor at a
     * {@link #GLUE} (which prints as a space); continuation lines are indented by four.
     */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String glued : text.replace(" ×", GLUE + "×").split(" ")) {
            String word = glued.replace(GLUE, ' ');
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append("    ");
            }
            if (!line.isEmpty() && !line.toString().isBlank()) line.append(' ');
            line.append(word);
        }
        out.add(line.toString());
        return out.stream().map(s -> truncate(s, width)).toList();
    }
}
