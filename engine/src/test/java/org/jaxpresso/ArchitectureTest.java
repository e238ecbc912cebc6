package org.jaxpresso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the engine's layering (DESIGN.md, "Dependency direction") and its size budget true by
 * reading the main sources: import lines, and fully qualified names in code (comments and
 * string literals are ignored). All violations are reported in one failure message.
 */
class ArchitectureTest {
    static final int MAX_NON_BLANK_LINES = 600;

    private static final String ROOT = "org.jaxpresso";

    /** One layering rule: sources in {@code scope} must not reference anything {@code forbidden} accepts. */
    record Rule(String description, Predicate<SourceFile> scope, Predicate<Reference> forbidden) {}

    /**
     * A reference from a source file to a type or package: {@code pkg} is its package and
     * {@code type} its top-level type's simple name, or {@code "*"} for a package wildcard.
     */
    record Reference(String pkg, String type, String text) {
        boolean inPackage(String p) { return pkg.equals(p) || pkg.startsWith(p + "."); }

        boolean isRootType(String simpleName) { return pkg.equals(ROOT) && type.equals(simpleName); }

        /** Parses {@code a.b.C.D.m}, {@code a.b.*} or {@code a.b.C.*} into package and top-level type. */
        static Reference parse(String name) {
            String[] parts = name.split("\\.");
            StringBuilder pkg = new StringBuilder();
            for (String part : parts) {
                if (part.equals("*") || Character.isUpperCase(part.charAt(0))) {
                    return new Reference(pkg.toString(), part, name);
                }
                if (!pkg.isEmpty()) pkg.append('.');
                pkg.append(part);
            }
            return new Reference(pkg.toString(), "*", name);
        }
    }

    /** A main source file: where it is (for messages), its package, its type name and its text. */
    record SourceFile(String location, String pkg, String typeName, String text) {
        boolean inPackage(String p) { return pkg.equals(p) || pkg.startsWith(p + "."); }

        static SourceFile read(Path root, Path file) {
            try {
                String text = Files.readString(file);
                Matcher m = PACKAGE.matcher(text);
                String pkg = m.find() ? m.group(1) : "";
                String type = file.getFileName().toString().replaceFirst("\\.java$", "");
                return new SourceFile(root.relativize(file).toString(), pkg, type, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:org\\.jaxpresso|org\\.jocl)(?:\\.(?:\\w+|\\*))*");

    static final List<Rule> RULES = List.of(
            new Rule("core may use only core, DType, Config and the *Exception classes of the engine",
                    f -> f.inPackage(ROOT + ".core"),
                    r -> r.inPackage(ROOT) && !r.inPackage(ROOT + ".core")
                            && !(r.pkg().equals(ROOT) && (r.type().equals("DType") || r.type().equals("Config")
                                    || r.type().endsWith("Exception")))),
            new Rule("backend must not use trace, transform or numpy",
                    f -> f.inPackage(ROOT + ".backend"),
                    r -> r.inPackage(ROOT + ".trace") || r.inPackage(ROOT + ".transform") || r.inPackage(ROOT + ".numpy")),
            new Rule("trace must not use numpy, transform, Jnp or Lax",
                    f -> f.inPackage(ROOT + ".trace"),
                    r -> r.inPackage(ROOT + ".numpy") || r.inPackage(ROOT + ".transform")
                            || r.isRootType("Jnp") || r.isRootType("Lax") || r.isRootType("*")),
            new Rule("only org.jaxpresso.Jax may use transform",
                    f -> !f.inPackage(ROOT + ".transform") && !(f.pkg().equals(ROOT) && f.typeName().equals("Jax")),
                    r -> r.inPackage(ROOT + ".transform")),
            new Rule("only backend.opencl may use org.jocl",
                    f -> !f.inPackage(ROOT + ".backend.opencl"),
                    r -> r.inPackage("org.jocl")));

    // ------------------------------------------------------------------------------- the checker

    /** Every rule and size violation in {@code file}, one message each, in source order. */
    static List<String> violations(SourceFile file) {
        List<String> out = new ArrayList<>();
        for (Reference ref : references(file.text())) {
            for (Rule rule : RULES) {
                if (rule.scope().test(file) && rule.forbidden().test(ref)) {
                    out.add(file.location() + " uses " + ref.text() + ": " + rule.description());
                }
            }
        }
        long lines = file.text().lines().filter(l -> !l.isBlank()).count();
        if (lines > MAX_NON_BLANK_LINES) {
            out.add(file.location() + " has " + lines + " non-blank lines (at most " + MAX_NON_BLANK_LINES
                    + "): split it by concept");
        }
        return out;
    }

    /** The engine and JOCL names a source refers to: its imports and the qualified names in its code. */
    static Set<Reference> references(String text) {
        Set<Reference> refs = new LinkedHashSet<>();
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String name = imports.group(2);
            if (imports.group(1) != null) name = name.substring(0, name.lastIndexOf('.')); // drop the member
            refs.add(Reference.parse(name));
        }
        String code = IMPORT.matcher(PACKAGE.matcher(codeOnly(text)).replaceAll("")).replaceAll("");
        Matcher names = QUALIFIED_NAME.matcher(code);
        while (names.find()) refs.add(Reference.parse(names.group()));
        return refs;
    }

    /** {@code text} with comments, string/char literals and text blocks blanked out. */
    static String codeOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < n && text.charAt(i) != '\n') i++;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') i += text.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<SourceFile> mainSources() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().map(p -> SourceFile.read(root, p)).toList();
        }
    }

    // ----------------------------------------------------------------------------------- the tests

    @Test
    void engineSourcesKeepTheLayeringAndSizeBudget() throws IOException {
        List<SourceFile> sources = mainSources();
        assertTrue(sources.size() > 20, "expected the engine's main sources, found " + sources.size() + " files");
        List<String> all = new ArrayList<>();
        for (SourceFile f : sources) all.addAll(violations(f));
        assertTrue(all.isEmpty(), all.size() + " architecture violation(s):\n  " + String.join("\n  ", all));
    }

    private static SourceFile source(String pkg, String type, String body) {
        return new SourceFile(pkg.replace('.', '/') + "/" + type + ".java", pkg, type, "package " + pkg + ";\n" + body);
    }

    @Test
    void coreMayUseOnlyDTypeConfigAndExceptions() {
        SourceFile ok = source("org.jaxpresso.core", "Ok", """
                import org.jaxpresso.DType;
                import org.jaxpresso.Config;
                import org.jaxpresso.ShapeException;
                import static org.jaxpresso.DType.FLOAT32;
                import org.jaxpresso.core.sub.Thing;
                import java.util.List;
                class Ok {}
                """);
        assertEquals(List.of(), violations(ok));
        SourceFile bad = source("org.jaxpresso.core", "Bad", """
                import org.jaxpresso.Array;
                import org.jaxpresso.trace.Tracer;
                import static org.jaxpresso.Lax.add;
                import org.jaxpresso.*;
                class Bad {}
                """);
        List<String> v = violations(bad);
        assertEquals(4, v.size(), String.join("\n", v));
        assertTrue(v.get(0).startsWith("org/jaxpresso/core/Bad.java uses org.jaxpresso.Array: core may use only"), v.get(0));
        assertTrue(v.get(1).contains("org.jaxpresso.trace.Tracer"), v.get(1));
        assertTrue(v.get(2).contains("org.jaxpresso.Lax"), v.get(2));
        assertTrue(v.get(3).contains("org.jaxpresso.*"), v.get(3));
    }

    @Test
    void qualifiedNamesInCodeCountButCommentsAndStringsDoNot() {
        SourceFile f = source("org.jaxpresso.core", "Sneaky", """
                /** See {@link org.jaxpresso.trace.Tracer}. */
                class Sneaky {
                    // org.jaxpresso.numpy.Promotion would be wrong here
                    String s = "org.jaxpresso.Lax";
                    Object o = org.jaxpresso.trace.EvalTrace.INSTANCE;
                }
                """);
        assertEquals(List.of("org/jaxpresso/core/Sneaky.java uses org.jaxpresso.trace.EvalTrace.INSTANCE: "
                + "core may use only core, DType, Config and the *Exception classes of the engine"), violations(f));
    }

    @Test
    void backendTraceTransformAndJoclRules() {
        List<String> backend = violations(source("org.jaxpresso.backend.cpu", "K", """
                import org.jaxpresso.trace.Tracer;
                import org.jaxpresso.numpy.Promotion;
                import org.jaxpresso.transform.batching.BatchTrace;
                import org.jaxpresso.core.Unary;
                class K {}
                """));
        String prefix = "org/jaxpresso/backend/cpu/K.java uses ";
        assertEquals(List.of(
                prefix + "org.jaxpresso.trace.Tracer: backend must not use trace, transform or numpy",
                prefix + "org.jaxpresso.numpy.Promotion: backend must not use trace, transform or numpy",
                prefix + "org.jaxpresso.transform.batching.BatchTrace: backend must not use trace, transform or numpy",
                prefix + "org.jaxpresso.transform.batching.BatchTrace: only org.jaxpresso.Jax may use transform"), backend);
        List<String> trace = violations(source("org.jaxpresso.trace", "T", """
                import org.jaxpresso.Jnp;
                import org.jaxpresso.Lax;
                import org.jaxpresso.numpy.Promotion;
                import org.jaxpresso.Array;
                import org.jaxpresso.backend.Buffer;
                class T {}
                """));
        assertEquals(3, trace.size(), String.join("\n", trace));
        assertTrue(trace.stream().allMatch(s -> s.endsWith("trace must not use numpy, transform, Jnp or Lax")), trace.toString());

        String usesTransform = "import org.jaxpresso.transform.jit.JitFunction;\nclass X {}\n";
        assertEquals(List.of(), violations(source("org.jaxpresso", "Jax", usesTransform)));
        assertEquals(List.of(), violations(source("org.jaxpresso.transform.batching", "BatchRules", usesTransform)));
        assertEquals(1, violations(source("org.jaxpresso", "Jnp", usesTransform)).size());

        String usesJocl = "import org.jocl.CL;\nimport static org.jocl.CL.clFinish;\nclass Y {}\n";
        assertEquals(List.of(), violations(source("org.jaxpresso.backend.opencl", "OpenClBackend", usesJocl)));
        assertEquals(List.of("org/jaxpresso/backend/Backends.java uses org.jocl.CL: only backend.opencl may use org.jocl"),
                violations(source("org.jaxpresso.backend", "Backends", usesJocl)));
    }

    @Test
    void filesOverTheLineBudgetAreReported() {
        String body = "class Big {\n" + "    int x;\n\n".repeat(MAX_NON_BLANK_LINES - 1) + "}\n";
        // package line + class line + 599 fields + closing brace = 602 non-blank lines
        List<String> v = violations(source("org.jaxpresso.core", "Big", body));
        assertEquals(List.of("org/jaxpresso/core/Big.java has 602 non-blank lines (at most 600): split it by concept"), v);
        String small = "class Small {\n" + "    int x;\n\n".repeat(MAX_NON_BLANK_LINES - 3) + "}\n";
        assertFalse(violations(source("org.jaxpresso.core", "Small", small)).stream().anyMatch(s -> s.contains("non-blank")));
    }
}
