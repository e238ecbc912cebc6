package org.jaxpresso.properties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light reading of a printed (flat, non-nested) jaxpr: the variable binders ({@code name:TYPE},
 * {@code _} included), the variable uses, and the equations ({@code name:TYPE = primitive}). It
 * does not re-implement the printer; it only tokenises its text, so it can check the printer.
 */
final class PrintedJaxpr {
    private static final Pattern TYPE = Pattern.compile("\\b(?:f32|f64|i32|i64|bool)\\[[\\d,]*\\]");
    private static final Pattern PARAMS = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern PRIMITIVE = Pattern.compile("= [a-z][a-z_0-9]*");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w.\\-])([a-z]+|_):T|(?<![\\w.\\-:])([a-z]+)(?![\\w.:])");
    private static final Set<String> KEYWORDS = Set.of("lambda", "let", "in");

    /** The binders in text order, {@code _} included. */
    final List<String> binders = new ArrayList<>();
    /** Problems found: a name bound twice, a name used before it is bound. */
    final List<String> problems = new ArrayList<>();
    /** How many {@code lhs = primitive} equations the text holds. */
    final int eqnCount;

    PrintedJaxpr(String text) {
        String s = TYPE.matcher(text).replaceAll("T");
        s = PARAMS.matcher(s).replaceAll("");
        int eqns = 0;
        Matcher pm = PRIMITIVE.matcher(s);
        while (pm.find()) eqns++;
        eqnCount = eqns;
        s = pm.replaceAll("=");
        Set<String> bound = new HashSet<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                String name = m.group(1);
                binders.add(name);
                if (!name.equals("_") && !bound.add(name)) problems.add("'" + name + "' is bound twice");
            } else if (!KEYWORDS.contains(m.group(2)) && !bound.contains(m.group(2))) {
                problems.add("'" + m.group(2) + "' is used but not bound before");
            }
        }
    }
}
