package org.jaxpresso.kernel.display;

import org.jaxpresso.inspect.ComparisonRow;
import org.jaxpresso.inspect.JaxprComparison;

/**
 * {@code Jax.compare}'s result as a side-by-side table: the labels on top, one row per aligned
 * pair (binders, equations, results), each highlighted as a jaxpr, rows that differ marked with
 * a symbol and a translucent background (so both light and dark themes keep their contrast),
 * then the verdict and the primitives each side uses.
 */
final class ComparisonHtmlRenderer {
    private ComparisonHtmlRenderer() {}

    /** The marker shown in a row's first column. */
    static String marker(ComparisonRow.Status status) {
        return switch (status) {
            case SAME -> "";
            case SAME_OP -> "≈";
            case CHANGED -> "≠";
            case ONLY_LEFT -> "−";
            case ONLY_RIGHT -> "+";
            case MOVED -> "↕";
        };
    }

    /** The translucent background of a row. */
    static String background(ComparisonRow.Status status) {
        return switch (status) {
            case SAME -> "transparent";
            case SAME_OP -> "rgba(128,128,128,0.12)";
            case CHANGED -> "rgba(230,160,0,0.20)";
            case ONLY_LEFT -> "rgba(220,60,60,0.18)";
            case ONLY_RIGHT -> "rgba(40,170,80,0.18)";
            case MOVED -> "rgba(60,120,220,0.18)";
        };
    }

    static String render(JaxprComparison c) {
        String cell = "border:" + Html.RULE + ";padding:1px 8px;text-align:left;vertical-align:top;white-space:pre";
        String head = cell + ";background:" + Html.HEADER_BG + ";font-weight:bold";
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"jaxpresso-compare\" style=\"").append(Html.MONO).append("\">");
        sb.append("<table style=\"border-collapse:collapse;margin:0\"><tr>")
                .append("<th style=\"").append(head).append("\"></th>")
                .append("<th style=\"").append(head).append("\">").append(Html.escape(c.leftLabel())).append("</th>")
                .append("<th style=\"").append(head).append("\">").append(Html.escape(c.rightLabel())).append("</th></tr>");
        for (ComparisonRow row : c.rows()) {
            sb.append("<tr class=\"jx-").append(row.status().name().toLowerCase()).append("\" style=\"background:")
                    .append(background(row.status())).append("\" title=\"").append(row.status().name().toLowerCase()).append("\">")
                    .append("<td style=\"").append(cell).append(";text-align:center\">").append(marker(row.status())).append("</td>")
                    .append("<td style=\"").append(cell).append("\">").append(side(row.left())).append("</td>")
                    .append("<td style=\"").append(cell).append("\">").append(side(row.right())).append("</td></tr>");
        }
        sb.append("</table>");
        sb.append("<div style=\"margin-top:4px;font-weight:bold\">").append(Html.escape(c.verdict())).append("</div>");
        sb.append("<div style=\"").append(Html.MUTED).append("\">")
                .append(Html.escape(c.leftLabel() + ": " + c.leftPrimitives())).append("<br>")
                .append(Html.escape(c.rightLabel() + ": " + c.rightPrimitives())).append("</div></div>");
        return sb.toString();
    }

    private static String side(String text) {
        return text == null ? "" : JaxprHtmlRenderer.highlight(text);
    }
}
