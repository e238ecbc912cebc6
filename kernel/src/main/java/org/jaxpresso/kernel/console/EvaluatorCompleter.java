package org.jaxpresso.kernel.console;

import java.util.ArrayList;
import java.util.List;

import org.jaxpresso.kernel.eval.JShellEvaluator;
import org.jaxpresso.kernel.magic.Magics;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion from the evaluator and the magics (as the kernel's complete_request). */
final class EvaluatorCompleter implements Completer {
    private final Magics magics;

    EvaluatorCompleter(Magics magics) {
        this.magics = magics;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String r : replacements(line.line(), line.cursor(), line.wordCursor())) {
            // not "complete": no space after a candidate (a method's "(" or a field goes on)
            candidates.add(new Candidate(r, r, null, null, null, null, false));
        }
    }

    /**
     * The replacements for the {@code wordLength} characters before {@code cursor} in
     * {@code code}: the evaluator's matches, each with what lies between the word's start and
     * the evaluator's anchor in front.
     */
    List<String> replacements(String code, int cursor, int wordLength) {
        JShellEvaluator.Completions c = magics.complete(code, cursor);
        int wordStart = cursor - wordLength;
        String keep = c.start() > wordStart && c.start() <= cursor ? code.substring(wordStart, c.start()) : "";
        List<String> out = new ArrayList<>();
        for (String match : c.matches()) out.add(keep + match);
        return out;
    }
}
