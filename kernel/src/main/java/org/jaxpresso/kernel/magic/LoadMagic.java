package org.jaxpresso.kernel.magic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * {@code %load <file>}: runs the Java in the file as this cell's code (declarations stay, the
 * last expression is the value; errors name the file's lines). A relative path is taken from
 * the kernel's working folder.
 */
final class LoadMagic implements Magic {
    @Override
    public String name() { return "load"; }

    @Override
    public String usage() { return "%load <file>: run the Java code in the file"; }

    @Override
    public CellValue runLine(String args, int line, MagicContext context) throws CellException {
        if (args.isBlank()) throw new UsageException("%load needs a file, as in %load helpers.jsh");
        String name = args.strip();
        if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("'") && name.endsWith("'"))) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.startsWith("~")) name = System.getProperty("user.home") + name.substring(1);
        Path file = Path.of("").toAbsolutePath().resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new UsageException("%load: there is no file " + file + " (relative paths start in " + Path.of("").toAbsolutePath() + ")");
        }
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("%load: cannot read " + file + ": " + e.getMessage());
        }
        return context.evaluator().eval(code);
    }
}
