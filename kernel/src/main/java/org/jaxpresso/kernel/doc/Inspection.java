package org.jaxpresso.kernel.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jaxpresso.kernel.display.MimeBundle;

/**
 * What inspection (Shift-Tab, {@code inspect_request}) shows: the signatures JShell finds at
 * the cursor, each followed by the engine's doc for it from the {@link JavadocIndex};
 * overloads next to each other with the same doc share it. {@code text/plain} and
 * {@code text/markdown}.
 */
public final class Inspection {
    public static final String TEXT_MARKDOWN = "text/markdown";

    private Inspection() {}

    /** The bundle for these signatures, or null when there are none (nothing at the cursor). */
    public static MimeBundle render(List<String> signatures, JavadocIndex index) {
        if (signatures == null || signatures.isEmpty()) return null;
        List<Group> groups = new ArrayList<>();
        for (String s : signatures) {
            Optional<String> doc = index.lookup(s);
            if (!groups.isEmpty() && groups.getLast().doc().equals(doc)) groups.getLast().signatures().add(s);
            else groups.add(new Group(new ArrayList<>(List.of(s)), doc));
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        for (Group g : groups) {
            if (!plain.isEmpty()) {
                plain.append("\n\n");
                markdown.append("\n\n");
            }
            plain.append(String.join("\n", g.signatures()));
            markdown.append("```java\n").append(String.join("\n", g.signatures())).append("\n```");
            g.doc().ifPresent(d -> {
                plain.append("\n\n").append(plainText(d));
                markdown.append("\n\n").append(d);
            });
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(MimeBundle.TEXT_PLAIN, plain.toString());
        data.put(TEXT_MARKDOWN, markdown.toString());
        return new MimeBundle(data);
    }

    private record Group(List<String> signatures, Optional<String> doc) {}

    /** The index's Markdown as plain text: no backticks, emphasis marks or code fences. */
    static String plainText(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fence = !fence;
                continue;
            }
            out.append(fence ? "    " + line : line.replace("`", "").replace("**", "")).append('\n');
        }
        return out.toString().strip();
    }
}
