package org.jaxpresso.kernel.display;

import org.jaxpresso.Array;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.inspect.JaxprComparison;
import org.jaxpresso.kernel.chart.ChartRenderer;
import org.jaxpresso.kernel.chart.Charts;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns a cell's value into the MIME bundle the notebook shows: arrays, jaxprs and jaxpr
 * comparisons get HTML next to their exact text, XChart charts an SVG or PNG image; everything else is its text as JShell shows
 * it (strings quoted).
 */
public final class DisplayRenderer {
    private DisplayRenderer() {}

    public static MimeBundle render(Object value) {
        return switch (value) {
            case null -> MimeBundle.text("null");
            case Array a -> ArrayHtmlRenderer.bundle(a);
            case ClosedJaxpr j -> MimeBundle.textAndHtml(j.toString(), JaxprHtmlRenderer.render(j.toString()));
            case JaxprComparison c -> MimeBundle.textAndHtml(c.toString(), ComparisonHtmlRenderer.render(c));
            case Chart<?, ?> chart -> ChartRenderer.bundle(chart, Charts.imageFormat());
            case String s -> MimeBundle.text(quote(s));
            case Character ch -> MimeBundle.text("'" + ch + "'");
            default -> MimeBundle.text(String.valueOf(value));
        };
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
