package org.jaxpresso.kernel.display;

import java.math.BigDecimal;

import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.JaxpressoException;

/**
 * An {@link Array} as a compact HTML table under a caption with its shape and dtype. Scalars are
 * one cell, vectors one row, matrices a grid with row and column indices; arrays of rank three
 * and more show JAX's repr, preformatted. An axis longer than {@value #MAX_AXIS} shows its first
 * and last {@value #EDGE} entries around an ellipsis, so a million-element array renders as
 * quickly as a small one. Elements are written as numpy writes them ({@code 1.}, {@code 0.5},
 * {@code 1e-05}, {@code nan}, {@code True}).
 */
final class ArrayHtmlRenderer {
    static final int MAX_AXIS = 20;
    static final int EDGE = 5;

    private ArrayHtmlRenderer() {}

    /** text/plain (the repr) and text/html; text only for tracers, which have no values. */
    static MimeBundle bundle(Array a) {
        String repr = a.toString();
        try {
            return MimeBundle.textAndHtml(repr, render(a, repr));
        } catch (JaxpressoException notConcrete) {
            return MimeBundle.text(repr);
        }
    }

    static String render(Array a, String repr) {
        StringBuilder sb = new StringBuilder();
        sb.append("<div class=\"jaxpresso-array\" style=\"").append(Html.MONO).append("\">");
        sb.append("<div style=\"").append(Html.MUTED).append(";margin-bottom:2px\">Array ")
                .append(Html.escape(a.dtype().shortName() + shapeBrackets(a)))
                .append(" &nbsp;shape=").append(Html.escape(a.shape().toString()))
                .append(" dtype=").append(Html.escape(a.dtype().toString())).append("</div>");
        if (a.ndim() > 2) {
            sb.append("<pre style=\"margin:0\">").append(Html.escape(repr)).append("</pre></div>");
            return sb.toString();
        }
        String[] cells = elements(a);
        int rows = a.ndim() == 2 ? a.shape(0) : 1;
        int cols = a.ndim() == 0 ? 1 : a.shape(-1);
        String td = "border:" + Html.RULE + ";padding:1px 6px;text-align:right";
        String th = td + ";background:" + Html.HEADER_BG + ";" + Html.MUTED + ";font-weight:normal";
        sb.append("<table style=\"border-collapse:collapse;margin:0\">");
        if (a.ndim() == 2) {
            sb.append("<tr><th style=\"").append(th).append("\"></th>");
            for (int c : visible(cols)) sb.append("<th style=\"").append(th).append("\">").append(c < 0 ? "…" : c).append("</th>");
            sb.append("</tr>");
        }
        for (int r : visible(rows)) {
            sb.append("<tr>");
            if (a.ndim() == 2) sb.append("<th style=\"").append(th).append("\">").append(r < 0 ? "⋮" : r).append("</th>");
            for (int c : visible(cols)) {
                String text = r < 0 ? "⋮" : c < 0 ? "…" : cells[r * cols + c];
                sb.append("<td style=\"").append(td).append("\">").append(Html.escape(text)).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</table></div>");
        return sb.toString();
    }

    /** {@code [2,3]} as in the dtype-and-shape notation of jaxprs. */
    private static String shapeBrackets(Array a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.ndim(); i++) sb.append(i == 0 ? "" : ",").append(a.shape(i));
        return sb.append(']').toString();
    }

    /** The indices shown along an axis of length {@code n}; -1 marks the ellipsis. */
    static int[] visible(int n) {
        if (n <= MAX_AXIS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] out = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            out[i] = i;
            out[EDGE + 1 + i] = n - EDGE + i;
        }
        out[EDGE] = -1;
        return out;
    }

    private static String[] elements(Array a) {
        int n = a.size();
        String[] out = new String[n];
        DType t = a.dtype();
        if (t.isBool()) {
            boolean[] v = a.toBooleanArray();
            for (int i = 0; i < n; i++) out[i] = v[i] ? "True" : "False";
        } else if (t.isInteger()) {
            long[] v = a.toLongArray();
            for (int i = 0; i < n; i++) out[i] = Long.toString(v[i]);
        } else {
            double[] v = a.toDoubleArray();
            boolean single = t.itemSize() == 4;
            for (int i = 0; i < n; i++) out[i] = formatFloat(v[i], single);
        }
        return out;
    }

    /**
     * The shortest text that reads back as the same float (float32 when {@code single}), in
     * numpy's spelling: positional for magnitudes in [1e-4, 1e16) with a trailing point for whole
     * numbers, scientific with a two-digit signed exponent otherwise.
     */
    static String formatFloat(double v, boolean single) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String shortest = single ? Float.toString((float) v) : Double.toString(v);
        BigDecimal d = new BigDecimal(shortest);
        double mag = Math.abs(v);
        if (mag == 0 || (mag >= 1e-4 && mag < 1e16)) {
            String plain = d.stripTrailingZeros().toPlainString();
            if (v == 0) plain = (1 / v < 0) ? "-0" : "0";
            return plain.contains(".") ? plain : plain + ".";
        }
        BigDecimal unscaled = d.stripTrailingZeros();
        int exponent = unscaled.precision() - unscaled.scale() - 1;
        String digits = unscaled.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
