package org.jaxpresso.kernel.console;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine where a cell ends and what word the cursor is on. Enter on a cell the evaluator
 * calls incomplete (an open brace, an unfinished expression) does not accept it: JLine goes on
 * with the continuation prompt. For completion, the word is the Java identifier before the
 * cursor, with the {@code %} or {@code %%} of a magic in front of it (the part
 * {@link EvaluatorCompleter}'s candidates replace).
 */
final class CellParser implements Parser {
    private final ConsoleSession session;

    CellParser(ConsoleSession session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && session.needsMoreInput(line)) {
            throw new EOFError(-1, -1, "the cell is not complete", "");
        }
        int at = Math.max(0, Math.min(cursor, line.length()));
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) start--;
        while (start > 0 && line.charAt(start - 1) == '%') start--;   // a magic's name: %time, %%timeit
        return new Word(line, at, line.substring(start, at));
    }

    @Override
    public boolean isEscapeChar(char ch) { return false; }

    /** The whole cell as one line, with the identifier before the cursor as its current word. */
    private record Word(String line, int cursor, String word) implements CompletingParsedLine {
        @Override public int wordCursor() { return word.length(); }
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return word.length(); }
        @Override public int rawWordLength() { return word.length(); }
    }
}
