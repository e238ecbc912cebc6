package org.jaxpresso.numpy;

import java.util.function.IntFunction;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/**
 * JAX's {@code repr} of an array: {@code Array(} + numpy's {@code array2string} of the values
 * (separator {@code ", "}, line width 75, default print options) + the dtype, with
 * {@code weak_type=True} for weak arrays, as {@code jax.Array.__repr__} writes it.
 *
 * <pre>
 * Array([11., 20., 29.], dtype=float32)
 * Array([[1., 2.],
 *        [3., 4.]], dtype=float32)
 * Array(1., dtype=float32, weak_type=True)
 * Array([], shape=(0,), dtype=float32)
 * </pre>
 * Arrays of more than 1000 elements are summarised with {@code ...}, keeping 3 items at each
 * edge of every long axis; the element format is then chosen from the visible items only.
 */
public final class ArrayFormatter {
    private ArrayFormatter() {}

    private static final String PREFIX = "Array(";
    private static final String SEPARATOR = ", ";
    private static final String SUMMARY = "...";
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;

    /** {@code repr(x)} for a concrete array. */
    public static String repr(ShapedArray aval, Buffer b) {
        String dtypeText = "dtype=" + aval.dtype() + (aval.weakType() ? ", weak_type=True)" : ")");
        String body = aval.shape().size() == 0 ? "[], shape=" + aval.shape() : array2string(aval.shape(), b);
        int lastLineLength = body.length() - body.lastIndexOf('\n') + 1;
        // JAX pads with spaces (not a line break) when the dtype would overflow the last line.
        String sep = lastLineLength + dtypeText.length() + 1 > LINE_WIDTH ? " ".repeat(PREFIX.length()) : " ";
        return PREFIX + body + "," + sep + dtypeText;
    }

    /**
     * numpy's {@code array2string(x, prefix='Array(', suffix=',', separator=', ')}: nested brackets,
     * one row per line for 2-D and up, blank lines between blocks of higher rank, rows wrapped to
     * the line width and continued under the first element.
     */
    public static String array2string(Shape shape, Buffer b) {
        boolean summarize = shape.size() > THRESHOLD;
        IntFunction<String> format = elementFormat(shape, b, summarize);
        Layout layout = new Layout(shape, format, summarize);
        // the suffix ',' is taken off the line width; continuation lines start under the first '['
        return layout.recurse(0, 0, " ".repeat(PREFIX.length() + 1), LINE_WIDTH - 1);
    }

    private static IntFunction<String> elementFormat(Shape shape, Buffer b, boolean summarize) {
        int[] visible = visibleIndices(shape, summarize);
        DType t = b.dtype();
        return switch (t.kind()) {
            case BOOL -> {
                String trueText = shape.rank() == 0 ? "True" : " True";
                yield i -> b.getBool(i) ? trueText : "False";
            }
            case INT -> {
                int width = 0;
                for (int i : visible) width = Math.max(width, Long.toString(b.getLong(i)).length());
                int w = width;
                yield i -> {
                    String s = Long.toString(b.getLong(i));
                    return " ".repeat(Math.max(0, w - s.length())) + s;
                };
            }
            case FLOAT -> {
                double[] values = new double[visible.length];
                for (int k = 0; k < visible.length; k++) values[k] = b.getDouble(visible[k]);
                FloatFormat f = new FloatFormat(values, t == DType.FLOAT32);
                yield i -> f.format(b.getDouble(i));
            }
        };
    }

    /** Flat indices of the elements that are printed: all, or the 3 leading and trailing items of every long axis. */
    private static int[] visibleIndices(Shape shape, boolean summarize) {
        int rank = shape.rank();
        int[] strides = shape.strides();
        int[][] perAxis = new int[rank][];
        int count = 1;
        for (int a = 0; a < rank; a++) {
            int n = shape.dim(a);
            if (summarize && n > 2 * EDGE_ITEMS) {
                perAxis[a] = new int[2 * EDGE_ITEMS];
                for (int k = 0; k < EDGE_ITEMS; k++) {
                    perAxis[a][k] = k;
                    perAxis[a][EDGE_ITEMS + k] = n - EDGE_ITEMS + k;
                }
            } else {
                perAxis[a] = new int[n];
                for (int k = 0; k < n; k++) perAxis[a][k] = k;
            }
            count *= perAxis[a].length;
        }
        int[] out = new int[count];
        int[] counter = new int[rank];
        for (int k = 0; k < count; k++) {
            int flat = 0;
            for (int a = 0; a < rank; a++) flat += perAxis[a][counter[a]] * strides[a];
            out[k] = flat;
            for (int a = rank - 1; a >= 0; a--) {
                if (++counter[a] < perAxis[a].length) break;
                counter[a] = 0;
            }
        }
        return out;
    }

    /** numpy's {@code _formatArray}: the recursive layout over axes. */
    private static final class Layout {
        private final Shape shape;
        private final int[] strides;
        private final IntFunction<String> format;
        private final boolean summarize;

        Layout(Shape shape, IntFunction<String> format, boolean summarize) {
            this.shape = shape;
            this.strides = shape.strides();
            this.format = format;
            this.summarize = summarize;
        }

        String recurse(int axis, int offset, String hangingIndent, int width) {
            int axesLeft = shape.rank() - axis;
            if (axesLeft == 0) return format.apply(offset);
            String nextIndent = hangingIndent + " ";
            int nextWidth = width - 1;
            int n = shape.dim(axis);
            boolean showSummary = summarize && 2 * EDGE_ITEMS < n;
            int leading = showSummary ? EDGE_ITEMS : 0;
            int trailing = showSummary ? EDGE_ITEMS : n;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elementWidth = width - 1;
                Lines lines = new Lines(hangingIndent, elementWidth);
                for (int i = 0; i < leading; i++) {
                    lines.add(recurse(axis + 1, offset + i * strides[axis], nextIndent, nextWidth));
                    lines.append(SEPARATOR);
                }
                if (showSummary) {
                    lines.add(SUMMARY);
                    lines.append(SEPARATOR);
                }
                for (int i = trailing; i > 1; i--) {
                    lines.add(recurse(axis + 1, offset + (n - i) * strides[axis], nextIndent, nextWidth));
                    lines.append(SEPARATOR);
                }
                lines.add(recurse(axis + 1, offset + (n - 1) * strides[axis], nextIndent, nextWidth));
                s.append(lines.finish());
            } else {
                String lineSep = SEPARATOR.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) {
                    s.append(hangingIndent).append(recurse(axis + 1, offset + i * strides[axis], nextIndent, nextWidth)).append(lineSep);
                }
                if (showSummary) s.append(hangingIndent).append(SUMMARY).append(lineSep);
                for (int i = trailing; i > 1; i--) {
                    s.append(hangingIndent).append(recurse(axis + 1, offset + (n - i) * strides[axis], nextIndent, nextWidth)).append(lineSep);
                }
                s.append(hangingIndent).append(recurse(axis + 1, offset + (n - 1) * strides[axis], nextIndent, nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }
    }

    /** numpy's {@code _extendLine}: words joined on a line, wrapped before a word that would pass the width. */
    private static final class Lines {
        private final StringBuilder done = new StringBuilder();
        private final String indent;
        private final int width;
        private StringBuilder line;

        Lines(String indent, int width) {
            this.indent = indent;
            this.width = width;
            this.line = new StringBuilder(indent);
        }

        void add(String word) {
            boolean wrap = line.length() + word.length() > width && line.length() > indent.length();
            if (wrap) {
                done.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word);
        }

        void append(String text) { line.append(text); }

        String finish() { return done.append(line).toString(); }
    }
}
