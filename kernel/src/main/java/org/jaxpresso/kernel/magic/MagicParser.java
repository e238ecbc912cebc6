package org.jaxpresso.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a cell into {@link CellPart}s. A cell whose first line starts with {@code %%} is one
 * cell magic. Otherwise a line starting with {@code %} (after indentation) is a line magic when
 * the code before it is complete: no Java statement or expression starts with {@code %}, so
 * only a continued expression ({@code a\n% b}) can begin a line with it, and that is code.
 */
public final class MagicParser {
    private MagicParser() {}

    /**
     * @param cell           the cell's text
     * @param codeIsComplete whether a piece of Java code is complete (the evaluator's is_complete)
     */
    public static List<CellPart> parse(String cell, Predicate<String> codeIsComplete) {
        String[] lines = cell.split("\n", -1);
        List<CellPart> parts = new ArrayList<>();
        int first = firstNonBlank(lines);
        if (first >= 0 && lines[first].strip().startsWith("%%")) {
            String head = lines[first].strip().substring(2);
            StringBuilder body = new StringBuilder("\n".repeat(first + 1));
            for (int i = first + 1; i < lines.length; i++) body.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            parts.add(new CellPart.CellMagic(nameOf(head), argsOf(head), body.toString()));
            return parts;
        }
        StringBuilder code = new StringBuilder();
        int codeStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            boolean magic = stripped.startsWith("%") && !stripped.startsWith("%%")
                    && (code.toString().isBlank() || codeIsComplete.test(code.toString()));
            if (magic) {
                if (!code.toString().isBlank()) parts.add(new CellPart.Code(code.toString(), codeStart));
                code.setLength(0);
                String head = stripped.substring(1);
                parts.add(new CellPart.LineMagic(nameOf(head), argsOf(head), i));
                codeStart = i + 1;
            } else {
                if (!code.isEmpty()) code.append('\n');
                code.append(lines[i]);
            }
        }
        if (!code.toString().isBlank()) parts.add(new CellPart.Code(code.toString(), codeStart));
        return parts;
    }

    /** The magic's name: the letters, digits and underscores after the {@code %}. */
    static String nameOf(String head) {
        int end = 0;
        while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end)) || head.charAt(end) == '_')) end++;
        return head.substring(0, end);
    }

    private static String argsOf(String head) {
        return head.substring(nameOf(head).length()).strip();
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) if (!lines[i].isBlank()) return i;
        return -1;
    }
}
