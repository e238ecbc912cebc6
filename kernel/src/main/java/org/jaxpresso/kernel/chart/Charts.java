package org.jaxpresso.kernel.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts for notebooks, on XChart ({@code org.knowm.xchart}; every XChart chart a cell returns
 * or {@code display}s is shown as an image). {@code Charts} is imported in every session.
 *
 * <pre>{@code
 * double[] sizes = {1, 8, 64, 512};
 * var chart = Charts.timings("batch size", Map.of(
 *         "loop", new double[] {2e-5, 1.6e-4, 1.3e-3, 1e-2},
 *         "vmap", new double[] {2e-5, 3e-5, 9e-5, 6e-4}), sizes);
 * chart     // the cell's value: a log-scale line chart with a legend
 * }</pre>
 *
 * For anything else, build an XChart chart directly ({@code new XYChartBuilder()…},
 * {@code import org.knowm.xchart.*;}).
 */
public final class Charts {
    /** Width of the charts made here, in pixels. */
    public static final int WIDTH = 640;
    /** Height of the charts made here, in pixels. */
    public static final int HEIGHT = 400;

    private static volatile ChartRenderer.ImageFormat imageFormat = ChartRenderer.ImageFormat.SVG;

    static {
        // before XChart touches AWT: charts are drawn to images, never to a screen
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    /**
     * A timing plot: one line with markers per series (legend in insertion order, sorted by name
     * for unordered maps), {@code xs} on the x axis, seconds on a logarithmic y axis. The x axis
     * is logarithmic too when the xs are positive and span a factor of 100 or more (batch sizes,
     * array lengths).
     *
     * @param xLabel what the xs are ("batch size")
     * @param series seconds per x, for each named series; each as long as {@code xs}
     * @throws IllegalArgumentException when a series' length differs from {@code xs}'s, or a time is not positive
     */
    public static XYChart timings(String xLabel, Map<String, double[]> series, double[] xs) {
        return timings("", xLabel, series, xs);
    }

    /** {@link #timings(String, Map, double[])} with a title. */
    public static XYChart timings(String title, String xLabel, Map<String, double[]> series, double[] xs) {
        if (series.isEmpty()) throw new IllegalArgumentException("timings needs at least one series");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel).yAxisTitle("time (s)").build();
        XYStyler s = chart.getStyler();
        s.setYAxisLogarithmic(true);
        double min = Arrays.stream(xs).min().orElse(0);
        double max = Arrays.stream(xs).max().orElse(0);
        s.setXAxisLogarithmic(min > 0 && max / min >= 100);
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setChartBackgroundColor(java.awt.Color.WHITE);
        s.setPlotGridLinesVisible(true);
        Iterable<String> names = series instanceof java.util.SequencedMap<String, double[]> ? series.keySet()
                : series.keySet().stream().sorted().toList();
        for (String name : names) {
            double[] ys = series.get(name);
            if (ys.length != xs.length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "series \"%s\" has %d times but there are %d xs", name, ys.length, xs.length));
            }
            for (double y : ys) {
                if (!(y > 0)) throw new IllegalArgumentException("series \"" + name + "\" has a time " + y + "; a log-scale axis needs times above 0");
            }
            XYSeries line = chart.addSeries(name, xs, ys);
            line.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    /** Shows charts as {@code image/svg+xml} (the default) or {@code image/png} from now on. */
    public static void setImageFormat(ChartRenderer.ImageFormat format) {
        imageFormat = format;
    }

    /** The format charts are shown in. */
    public static ChartRenderer.ImageFormat imageFormat() {
        return imageFormat;
    }

    /** Writes the chart to {@code file}: SVG when its name ends with {@code .svg}, else PNG. */
    public static void save(Chart<?, ?> chart, Path file) throws IOException {
        boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        Files.write(file, svg ? ChartRenderer.svg(chart) : ChartRenderer.png(chart));
    }
}
