package org.jaxpresso.kernel.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jaxpresso.kernel.display.MimeBundle;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart as a notebook output: {@code image/svg+xml} (drawn by VectorGraphics2D;
 * crisp at any zoom) or {@code image/png}, as {@link Charts#setImageFormat} says, next to a
 * {@code text/plain} line naming the chart. Drawing needs no display: AWT runs headless.
 */
public final class ChartRenderer {
    /** The image formats a chart can be shown in. */
    public enum ImageFormat {
        SVG("image/svg+xml"), PNG("image/png");

        private final String mimeType;

        ImageFormat(String mimeType) { this.mimeType = mimeType; }

        public String mimeType() { return mimeType; }
    }

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {}

    /**
     * The chart's bundle: its text line and its image in {@code format}.
     *
     * @throws IllegalStateException when the JDK cannot draw text for want of a system font,
     *                               saying what to install
     */
    public static MimeBundle bundle(Chart<?, ?> chart, ImageFormat format) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(MimeBundle.TEXT_PLAIN, text(chart));
        try {
            data.put(format.mimeType(), switch (format) {
                case SVG -> new String(svg(chart), StandardCharsets.UTF_8);
                case PNG -> Base64.getEncoder().encodeToString(png(chart));
            });
        } catch (InternalError | UnsatisfiedLinkError | NoClassDefFoundError e) {
            // the JDK's font system fails this way on a machine with no fonts or no fontconfig
            throw new IllegalStateException("drawing the chart failed (" + e + "); the JDK needs a system font: "
                    + "on Debian, apt-get install fontconfig fonts-dejavu-core", e);
        }
        return new MimeBundle(data);
    }

    /** What a terminal shows for a chart: its kind, title and series. */
    public static String text(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isBlank() ? "" : " \"" + chart.getTitle() + "\"";
        return chart.getClass().getSimpleName() + title + " (" + String.join(", ", chart.getSeriesMap().keySet())
                + "; shown as an image in a notebook; Charts.save(chart, path) writes .svg or .png)";
    }

    /** The chart as an SVG document. */
    public static byte[] svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as a PNG image. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
