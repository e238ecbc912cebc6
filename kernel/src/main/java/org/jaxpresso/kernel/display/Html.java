package org.jaxpresso.kernel.display;

/**
 * HTML text escaping and the shared look of the kernel's HTML: colours that stay readable on
 * light and dark notebook themes (JupyterLab's CSS variables where they exist, mid-luminance
 * fallbacks elsewhere), translucent backgrounds, the notebook's own monospace font.
 */
final class Html {
    private Html() {}

    /** Escapes {@code &}, {@code <}, {@code >} and quotes. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The monospace font stack of code cells. */
    static final String MONO = "font-family:var(--jp-code-font-family,SFMono-Regular,Menlo,Consolas,monospace);"
            + "font-size:var(--jp-code-font-size,12px)";

    /** A hairline that shows on white and on black. */
    static final String RULE = "1px solid rgba(128,128,128,0.35)";

    /** A faint header background, translucent so both themes keep their contrast. */
    static final String HEADER_BG = "rgba(128,128,128,0.12)";

    /** Secondary text: shape and dtype captions, ellipses. */
    static final String MUTED = "color:var(--jp-content-font-color2,#808080)";
}
