package org.jaxpresso.kernel.display;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A jaxpr's text, syntax highlighted, in a {@code <pre>} whose text content is exactly the
 * jaxpr's text (the highlighting only wraps tokens in spans). Token kinds: the keywords
 * ({@code lambda}, {@code let}, {@code in}), types ({@code f32[3,4]}), primitive names (the
 * word after {@code =}), parameter names ({@code axes=}), numeric literals and variables.
 * Colours come from JupyterLab's editor variables, with mid-luminance fallbacks readable on
 * light and dark backgrounds.
 */
final class JaxprHtmlRenderer {
    private JaxprHtmlRenderer() {}

    private static final Pattern TOKEN = Pattern.compile(
            "(?<type>\\b(?:bool|[fiu](?:8|16|32|64)|bf16)\\[[0-9,]*\\])"
            + "|(?<prim>(?<=(?:^|\\s)=\\s)[a-z_][a-z0-9_]*)"
            + "|(?<kw>\\b(?:lambda|let|in)\\b)"
            + "|(?<param>\\b[a-z_][a-z0-9_]*(?==[^\\s=]))"
            + "|(?<lit>(?<![\\w.])-?\\d+(?:\\.\\d*)?(?:e[+-]?\\d+)?(?![\\w\\[]))"
            + "|(?<var>\\b[a-z]+\\b)");

    /** The CSS colour of each token kind. */
    private static String color(String kind) {
        return switch (kind) {
            case "type" -> "var(--jp-mirror-editor-variable-2-color,#3f7fb5)";
            case "prim" -> "var(--jp-mirror-editor-def-color,#c0702a)";
            case "kw" -> "var(--jp-mirror-editor-keyword-color,#9a5fc0)";
            case "param" -> "var(--jp-mirror-editor-attribute-color,#3a9a8a)";
            case "lit" -> "var(--jp-mirror-editor-number-color,#4a9a40)";
            default -> "inherit";
        };
    }

    private static final String[] KINDS = {"type", "prim", "kw", "param", "lit", "var"};

    /** The whole jaxpr, in a {@code <pre>} block. */
    static String render(String jaxprText) {
        return "<pre class=\"jaxpresso-jaxpr\" style=\"" + Html.MONO + ";margin:0;padding:4px 6px;"
                + "border-left:3px solid rgba(128,128,128,0.35);background:transparent\">"
                + highlight(jaxprText) + "</pre>";
    }

    /** The highlighted, escaped text, without the surrounding block. */
    static String highlight(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 3);
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(Html.escape(text.substring(last, m.start())));
            String kind = kindOf(m);
            String token = Html.escape(m.group());
            if (kind.equals("var")) {
                sb.append(token);
            } else {
                sb.append("<span class=\"jx-").append(kind).append("\" style=\"color:").append(color(kind))
                        .append(kind.equals("prim") ? ";font-weight:bold" : "").append("\">").append(token).append("</span>");
            }
            last = m.end();
        }
        sb.append(Html.escape(text.substring(last)));
        return sb.toString();
    }

    private static String kindOf(Matcher m) {
        for (String k : KINDS) if (m.group(k) != null) return k;
        throw new IllegalStateException("unreachable: a token of no kind");
    }
}
