package org.jaxpresso.kernel.doc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's doc comments, by member, as the build wrote them into
 * {@code org/jaxpresso/kernel/doc/javadoc-index.tsv} (see {@code JavadocIndexProcessor} in
 * {@code kernel/src/build/java}), so inspection needs neither the engine's sources nor
 * {@code src.zip}. Looked up by the signatures JShell prints: {@code Array Jnp.sin(Object x)},
 * {@code Fn1 Jax.vmap(Fn1 f, VmapOption... options)}, {@code DType.FLOAT32},
 * {@code org.jaxpresso.Array}. Types are matched by simple erased name, so the lookup needs no
 * class loading; where two packages share a member's simple key, {@code org.jaxpresso}'s wins.
 */
public final class JavadocIndex {
    /** The resource the build writes. */
    public static final String RESOURCE = "/org/jaxpresso/kernel/doc/javadoc-index.tsv";
    private static final String PUBLIC_PACKAGE = "org.jaxpresso";

    private static volatile JavadocIndex shipped;

    /** Key ({@code T Owner} for a type, {@code M Owner#member(A,B[])} for a member) → Markdown text. */
    private final Map<String, String> docs = new HashMap<>();
    private final int entries;

    private JavadocIndex(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) rows.add(f);
        }
        entries = rows.size();
        // the public package first: its entries win the shorter keys
        for (boolean publicPass : new boolean[] {true, false}) {
            for (String[] f : rows) {
                if (f[0].equals(PUBLIC_PACKAGE) != publicPass) continue;
                String text = unescape(f[3]);
                for (String owner : ownerKeys(f[0], f[1])) {
                    docs.putIfAbsent(f[2].isEmpty() ? "T " + owner : "M " + owner + "#" + f[2], text);
                }
            }
        }
    }

    /** The owner under its chain ({@code VmapOption.OutAxes}), qualified, and by its innermost name. */
    private static List<String> ownerKeys(String pkg, String owner) {
        List<String> keys = new ArrayList<>(List.of(owner));
        if (!pkg.isEmpty()) keys.add(pkg + "." + owner);
        keys.add(owner.substring(owner.lastIndexOf('.') + 1));
        return keys;
    }

    /** An index from the build's lines ({@code package TAB owner TAB member TAB text}). */
    public static JavadocIndex of(List<String> lines) {
        return new JavadocIndex(lines);
    }

    /** The index shipped in the kernel jar; empty (found nothing) when the jar has none. */
    public static JavadocIndex shipped() {
        JavadocIndex i = shipped;
        if (i == null) {
            synchronized (JavadocIndex.class) {
                if (shipped == null) shipped = load();
                i = shipped;
            }
        }
        return i;
    }

    private static JavadocIndex load() {
        try (InputStream in = JavadocIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new JavadocIndex(List.of());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new JavadocIndex(r.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the Javadoc index could not be read", e);
        }
    }

    /** How many entries the build wrote. */
    public int size() {
        return entries;
    }

    /** The doc text (Markdown-flavoured) for a signature as JShell prints it, if the engine documents it. */
    public Optional<String> lookup(String signature) {
        if (signature == null) return Optional.empty();
        Signature s = Signature.parse(signature);
        if (s == null) return Optional.empty();
        if (s.params() != null) {
            String params = "(" + String.join(",", s.params()) + ")";
            if (s.hasReturnType()) {
                int dot = s.name().lastIndexOf('.');
                if (dot < 0) return Optional.empty();
                return member(s.name().substring(0, dot), s.name().substring(dot + 1) + params);
            }
            // a constructor, or a record type shown with its header: the constructor's doc, else the type's
            return member(s.name(), "<init>" + params).or(() -> type(s.name()));
        }
        Optional<String> t = type(s.name());
        if (t.isPresent()) return t;
        int dot = s.name().lastIndexOf('.');
        return dot < 0 ? Optional.empty() : member(s.name().substring(0, dot), s.name().substring(dot + 1));
    }

    private Optional<String> type(String dotted) {
        for (String owner : suffixes(dotted)) {
            String d = docs.get("T " + owner);
            if (d != null) return Optional.of(d);
        }
        return Optional.empty();
    }

    private Optional<String> member(String owner, String member) {
        for (String o : suffixes(owner)) {
            String d = docs.get("M " + o + "#" + member);
            if (d != null) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** {@code a.b.C.D}, {@code b.C.D}, {@code C.D}, {@code D}. */
    private static List<String> suffixes(String dotted) {
        List<String> out = new ArrayList<>();
        String s = dotted;
        while (true) {
            out.add(s);
            int dot = s.indexOf('.');
            if (dot < 0) return out;
            s = s.substring(dot + 1);
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A JShell signature taken apart: the (possibly qualified) name, whether a return type came
     * first, and the parameter types as simple erased names ({@code int...} as {@code int[]}), or
     * null when there is no parameter list (a type or a field).
     */
    record Signature(String name, boolean hasReturnType, List<String> params) {
        static Signature parse(String signature) {
            String s = signature.strip();
            if (s.startsWith("<")) {                        // a generic method's type parameters
                int end = matching(s, 0, '<', '>');
                if (end < 0) return null;
                s = s.substring(end + 1).strip();
            }
            int open = depthZeroIndex(s, '(');
            String head = open < 0 ? s : s.substring(0, open).strip();
            List<String> tokens = splitDepthZero(head, ' ');
            if (tokens.isEmpty()) return null;
            String name = tokens.getLast();
            if (open < 0) return new Signature(name, tokens.size() > 1, null);
            int close = matching(s, open, '(', ')');
            if (close < 0) return null;
            List<String> params = new ArrayList<>();
            for (String p : splitDepthZero(s.substring(open + 1, close), ',')) {
                List<String> words = splitDepthZero(p.replaceAll("@[\\w.]+\\s*", ""), ' ');
                if (words.isEmpty()) continue;
                // "Type name", or just "Type"
                String type = words.size() > 1 ? String.join(" ", words.subList(0, words.size() - 1)) : words.getFirst();
                params.add(simpleErasure(type));
            }
            return new Signature(name, tokens.size() > 1, params);
        }

        /** {@code java.util.List<Array>} is {@code List}; {@code int...} is {@code int[]}. */
        static String simpleErasure(String type) {
            StringBuilder erased = new StringBuilder();
            int depth = 0;
            for (char ch : type.toCharArray()) {
                if (ch == '<') depth++;
                else if (ch == '>') depth--;
                else if (depth == 0 && !Character.isWhitespace(ch)) erased.append(ch);
            }
            String t = erased.toString().replace("...", "[]");
            int dims = t.indexOf('[');
            String base = dims < 0 ? t : t.substring(0, dims);
            return base.substring(base.lastIndexOf('.') + 1) + (dims < 0 ? "" : t.substring(dims));
        }

        private static int matching(String s, int open, char o, char c) {
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                if (s.charAt(i) == o) depth++;
                else if (s.charAt(i) == c && --depth == 0) return i;
            }
            return -1;
        }

        private static int depthZeroIndex(String s, char target) {
            int depth = 0;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == target && depth == 0) return i;
                if (ch == '<') depth++;
                else if (ch == '>') depth--;
            }
            return -1;
        }

        private static List<String> splitDepthZero(String s, char sep) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            StringBuilder cur = new StringBuilder();
            for (char ch : s.toCharArray()) {
                if (ch == '<' || ch == '(') depth++;
                else if (ch == '>' || ch == ')') depth--;
                boolean split = depth == 0 && (sep == ' ' ? Character.isWhitespace(ch) : ch == sep);
                if (split) {
                    if (!cur.toString().isBlank()) out.add(cur.toString().strip());
                    cur.setLength(0);
                } else {
                    cur.append(ch);
                }
            }
            if (!cur.toString().isBlank()) out.add(cur.toString().strip());
            return out;
        }
    }
}
