package org.jaxpresso.kernel.magic;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * {@code %classpath} prints the session's class path; {@code %classpath add <path>} adds a jar
 * or class folder, or every file a glob matches ({@code lib/*.jar}, {@code ~/jars/**.jar}), so
 * later cells can import from them.
 */
final class ClasspathMagic implements Magic {
    @Override
    public String name() { return "classpath"; }

    @Override
    public String usage() { return "%classpath: show the class path; %classpath add <jar, folder or glob>: add to it"; }

    @Override
    public CellValue runLine(String args, int line, MagicContext context) throws UsageException {
        if (args.isBlank()) {
            context.evaluator().classPath().forEach(context.output()::println);
            return CellValue.NONE;
        }
        String[] words = args.strip().split("\\s+", 2);
        if (!words[0].equals("add") || words.length < 2) {
            throw new UsageException("%classpath shows the class path; %classpath add <jar, folder or glob> adds to it");
        }
        List<Path> found = expand(unquote(words[1].strip()));
        for (Path p : found) {
            context.evaluator().addToClasspath(p.toString());
            context.output().println("Added " + p + " to the class path");
        }
        return CellValue.NONE;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** The existing paths {@code pattern} names, {@code ~} being the home folder; sorted. */
    static List<Path> expand(String pattern) throws UsageException {
        String p = pattern.startsWith("~") ? System.getProperty("user.home") + pattern.substring(1) : pattern;
        Path cwd = Path.of("").toAbsolutePath();
        if (!p.matches(".*[*?\\[{].*")) {
            Path path = cwd.resolve(p).normalize();
            if (!Files.exists(path)) throw new UsageException("%classpath add: there is no " + path);
            return List.of(path);
        }
        Path absolute = cwd.resolve(p).normalize();
        Path base = absolute.getRoot();
        for (Path part : absolute) {
            if (part.toString().matches(".*[*?\\[{].*")) break;
            base = base.resolve(part);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + absolute);
        try (Stream<Path> files = Files.walk(base)) {
            List<Path> found = files.filter(matcher::matches).sorted().toList();
            if (found.isEmpty()) throw new UsageException("%classpath add: nothing matches " + absolute);
            return found;
        } catch (IOException e) {
            throw new UsageException("%classpath add: cannot read " + base + ": " + e.getMessage());
        }
    }
}
