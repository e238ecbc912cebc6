package org.jaxpresso.kernel.console;

import java.util.Set;
import java.util.regex.Pattern;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Java input as it is typed: keywords bold magenta, string and character literals green,
 * numbers cyan, comments italic, magic names ({@code %time}) bold. Only the eight basic colours
 * in their normal intensity, no backgrounds, so the input stays readable on light and dark
 * terminals alike. A small lexer, not a parser: an unfinished literal or comment colours to the
 * end of the input, which is what the user is typing.
 */
final class JavaHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle LITERAL = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.italic();
    static final AttributedStyle MAGIC = AttributedStyle.BOLD;

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "var", "record", "yield", "sealed", "permits", "non-sealed",
            "true", "false", "null");

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    /** The coloured form of {@code text}. */
    static AttributedString highlight(String text) {
        AttributedStringBuilder out = new AttributedStringBuilder(text.length() + 32);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            AttributedStyle style;
            if (text.startsWith("//", i)) {
                end = lineEnd(text, i);
                style = COMMENT;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                style = COMMENT;
            } else if (text.startsWith("\"\"\"", i)) {
                int close = text.indexOf("\"\"\"", i + 3);
                end = close < 0 ? n : close + 3;
                style = LITERAL;
            } else if (c == '"' || c == '\'') {
                end = quotedEnd(text, i, c);
                style = LITERAL;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '_'
                        || ((text.charAt(end) == '+' || text.charAt(end) == '-') && "eEpP".indexOf(text.charAt(end - 1)) >= 0
                                && !text.startsWith("0x", i)))) {
                    end++;
                }
                style = NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) end++;
                boolean magic = i > 0 && text.charAt(i - 1) == '%' && isMagicStart(text, i - 1);
                style = KEYWORDS.contains(text.substring(i, end)) && !magic ? KEYWORD : magic ? MAGIC : null;
            } else {
                end = i + 1;
                style = c == '%' && isMagicStart(text, i) ? MAGIC : null;
            }
            if (style == null) out.append(text, i, end);
            else out.styled(style, text.substring(i, end));
            i = end;
        }
        return out.toAttributedString();
    }

    /** Whether the {@code %} at {@code at} starts a line (a magic, not Java's remainder). */
    private static boolean isMagicStart(String text, int at) {
        int k = at;
        while (k > 0 && text.charAt(k - 1) == '%') k--;
        int lineStart = text.lastIndexOf('\n', k - 1) + 1;
        return text.substring(lineStart, k).isBlank() && MAGIC_NAME.matcher(text).region(k, text.length()).lookingAt();
    }

    private static final Pattern MAGIC_NAME = Pattern.compile("%%?[A-Za-z]");

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** The end of a quoted literal starting at {@code start}: after its closing quote, or the line's end. */
    private static int quotedEnd(String text, int start, char quote) {
        int k = start + 1;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '\\') k += 2;
            else if (c == quote) return k + 1;
            else if (c == '\n') return k;
            else k++;
        }
        return text.length();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
}
