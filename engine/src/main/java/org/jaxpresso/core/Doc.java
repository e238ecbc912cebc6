package org.jaxpresso.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A document for the Wadler/Lindig "strictly pretty" layout that JAX's {@code pp} module uses:
 * a group is laid out flat when it fits in the remaining width, else its breaks become
 * newlines. Only the group itself is measured, not the text after it, exactly as in JAX.
 */
public sealed interface Doc {
    /** Literal text. */
    record Text(String text) implements Doc {}

    /** Children one after another. */
    record Concat(List<Doc> children) implements Doc {}

    /** A break: {@code flat} when flat, a newline plus indentation when broken. */
    record Brk(String flat) implements Doc {}

    /** A choice point laid out entirely flat or in break mode. */
    record Group(Doc child) implements Doc {}

    /** Adds {@code indent} to breaks inside {@code child}. */
    record Nest(int indent, Doc child) implements Doc {}

    static Doc text(String s) { return new Text(s); }

    static Doc concat(Doc... ds) { return new Concat(List.of(ds)); }

    static Doc concat(List<Doc> ds) { return new Concat(List.copyOf(ds)); }

    static Doc brk(String flat) { return new Brk(flat); }

    static Doc brk() { return new Brk(" "); }

    static Doc group(Doc d) { return new Group(d); }

    static Doc nest(int n, Doc d) { return new Nest(n, d); }

    static Doc join(Doc sep, List<Doc> items) {
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.add(sep);
            out.add(items.get(i));
        }
        return new Concat(out);
    }

    /** Renders at {@code width} columns; the root is in break mode; no trailing newline. */
    static String render(Doc root, int width) {
        record Frame(int indent, boolean flat, Doc doc) {}
        StringBuilder out = new StringBuilder();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(0, false, root));
        int column = 0;
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            switch (f.doc()) {
                case Text t -> {
                    out.append(t.text());
                    column += t.text().length();
                }
                case Concat c -> {
                    for (int i = c.children().size() - 1; i >= 0; i--) stack.push(new Frame(f.indent(), f.flat(), c.children().get(i)));
                }
                case Nest n -> stack.push(new Frame(f.indent() + n.indent(), f.flat(), n.child()));
                case Brk b -> {
                    if (f.flat()) {
                        out.append(b.flat());
                        column += b.flat().length();
                    } else {
                        out.append('\n').append(" ".repeat(f.indent()));
                        column = f.indent();
                    }
                }
                case Group g -> {
                    boolean flat = f.flat() || column + flatWidth(g.child(), width - column + 1) <= width;
                    stack.push(new Frame(f.indent(), flat, g.child()));
                }
            }
        }
        return out.toString();
    }

    /** The width of {@code d} laid out flat, counting no further than {@code limit}. */
    private static int flatWidth(Doc d, int limit) {
        int w = 0;
        Deque<Doc> todo = new ArrayDeque<>();
        todo.push(d);
        while (!todo.isEmpty() && w <= limit) {
            switch (todo.pop()) {
                case Text t -> w += t.text().length();
                case Brk b -> w += b.flat().length();
                case Concat c -> {
                    for (int i = c.children().size() - 1; i >= 0; i--) todo.push(c.children().get(i));
                }
                case Nest n -> todo.push(n.child());
                case Group g -> todo.push(g.child());
            }
        }
        return w;
    }
}
