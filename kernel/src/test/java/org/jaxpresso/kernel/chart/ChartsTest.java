package org.jaxpresso.kernel.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jaxpresso.kernel.display.DisplayRenderer;
import org.jaxpresso.kernel.display.MimeBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** Timing charts and their images. */
class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static XYChart sample() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("loop", new double[] {2e-5, 1.6e-4, 1.3e-3, 1e-2});
        series.put("vmap", new double[] {2e-5, 3e-5, 9e-5, 6e-4});
        return Charts.timings("batch size", series, new double[] {1, 8, 64, 512});
    }

    @Test
    void timingsIsALogLogLineChartWithALegendInOrder() {
        XYChart c = sample();
        assertEquals(List.of("loop", "vmap"), List.copyOf(c.getSeriesMap().keySet()));
        assertTrue(c.getStyler().isYAxisLogarithmic());
        assertTrue(c.getStyler().isXAxisLogarithmic(), "xs span 1 to 512");
        assertTrue(c.getStyler().isLegendVisible());
        assertEquals("batch size", c.getXAxisTitle());
        assertEquals("time (s)", c.getYAxisTitle());
    }

    @Test
    void aNarrowXRangeStaysLinear() {
        XYChart c = Charts.timings("n", Map.of("a", new double[] {1e-3, 2e-3}), new double[] {10, 20});
        assertFalse(c.getStyler().isXAxisLogarithmic());
    }

    @Test
    void badSeriesAreRefusedWithTheReason() {
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class,
                () -> Charts.timings("n", Map.of("a", new double[] {1e-3}), new double[] {1, 2}));
        assertEquals("series \"a\" has 1 times but there are 2 xs", len.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Charts.timings("n", Map.of("a", new double[] {0, 1}), new double[] {1, 2}));
        assertTrue(zero.getMessage().contains("needs times above 0"), zero.getMessage());
    }

    @Test
    void theDisplayRendererShowsAChartAsSvgByDefaultOrPng() {
        MimeBundle svg = DisplayRenderer.render(sample());
        String doc = svg.data().get("image/svg+xml");
        assertTrue(doc.contains("<svg"), doc.substring(0, Math.min(200, doc.length())));
        assertTrue(doc.contains("</svg>"));
        assertTrue(svg.plain().startsWith("XYChart (loop, vmap;"), svg.plain());
        try {
            Charts.setImageFormat(ChartRenderer.ImageFormat.PNG);
            MimeBundle png = DisplayRenderer.render(sample());
            byte[] bytes = Base64.getDecoder().decode(png.data().get("image/png"));
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
            assertFalse(png.data().containsKey("image/svg+xml"));
        } finally {
            Charts.setImageFormat(ChartRenderer.ImageFormat.SVG);
        }
    }

    @Test
    void saveWritesSvgOrPngByTheFilesName(@TempDir Path dir) throws Exception {
        Charts.save(sample(), dir.resolve("t.svg"));
        Charts.save(sample(), dir.resolve("t.png"));
        assertTrue(Files.readString(dir.resolve("t.svg"), StandardCharsets.UTF_8).contains("<svg"));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(dir.resolve("t.png")), 8));
    }
}
