package org.jaxpresso.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inputs of this session's cells run with {@code store_history}, answering
 * {@code history_request}s: entries are {@code [session, line, input]} with session 0 (this
 * session) and line the execution count, as IPython sends them, or {@code [session, line,
 * [input, output]]} when the request asks for output (the result's text, null when none).
 */
final class CellHistory {
    /** One stored input. */
    record Entry(int session, int line, String input, String output) {
        List<Object> toWire(boolean withOutput) {
            return withOutput ? List.of(session, line, Arrays.asList(input, output)) : List.of(session, line, input);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int executionCount, String input) {
        entries.add(new Entry(0, executionCount, input, null));
    }

    /** Records the text of the result of the cell run as {@code executionCount}. */
    synchronized void addOutput(int executionCount, String output) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.line() == executionCount) {
                entries.set(i, new Entry(e.session(), e.line(), e.input(), output));
                return;
            }
        }
    }

    /** The last {@code n} entries (all when {@code n} is not positive). */
    synchronized List<Entry> tail(int n) {
        return List.copyOf(n <= 0 || n >= entries.size() ? entries : entries.subList(entries.size() - n, entries.size()));
    }

    /** Entries of this session with {@code start <= line < stop} (stop not positive: to the end). */
    synchronized List<Entry> range(int session, int start, int stop) {
        if (session != 0) return List.of();
        return entries.stream().filter(e -> e.line() >= start && (stop <= 0 || e.line() < stop)).toList();
    }

    /** The last {@code n} entries matching the glob {@code pattern} ({@code *}, {@code ?}). */
    synchronized List<Entry> search(String pattern, int n, boolean unique) {
        Pattern glob = Pattern.compile(globToRegex(pattern == null ? "*" : pattern), Pattern.DOTALL);
        List<Entry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && (n <= 0 || out.size() < n); i--) {
            Entry e = entries.get(i);
            if (!glob.matcher(e.input()).matches()) continue;
            if (unique && out.stream().anyMatch(o -> o.input().equals(e.input()))) continue;
            out.addFirst(e);
        }
        return out;
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
