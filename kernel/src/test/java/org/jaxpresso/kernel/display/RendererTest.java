package org.jaxpresso.kernel.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jaxpresso.Array;
import org.jaxpresso.Fn1;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.inspect.JaxprComparison;
import org.junit.jupiter.api.Test;

class RendererTest {
    /** The text a browser shows for {@code html}: tags dropped, entities decoded. */
    private static String textContent(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void floatsAreSpelledAsNumpySpellsThem() {
        assertEquals("1.", ArrayHtmlRenderer.formatFloat(1.0, true));
        assertEquals("0.5", ArrayHtmlRenderer.formatFloat(0.5, true));
        assertEquals("0.1", ArrayHtmlRenderer.formatFloat((float) 0.1, true));   // shortest float32, not 0.10000000149
        assertEquals("123456.", ArrayHtmlRenderer.formatFloat(123456.0, false));
        assertEquals("1e-05", ArrayHtmlRenderer.formatFloat(1e-5, false));
        assertEquals("-2.5e+20", ArrayHtmlRenderer.formatFloat(-2.5e20, false));
        assertEquals("-0.", ArrayHtmlRenderer.formatFloat(-0.0, false));
        assertEquals("nan", ArrayHtmlRenderer.formatFloat(Double.NaN, true));
        assertEquals("-inf", ArrayHtmlRenderer.formatFloat(Double.NEGATIVE_INFINITY, true));
    }

    @Test
    void longAxesShowTheirEdgesAroundAnEllipsis() {
        assertArrayEquals(new int[] {0, 1, 2}, ArrayHtmlRenderer.visible(3));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, -1, 20, 21, 22, 23, 24}, ArrayHtmlRenderer.visible(25));
    }

    @Test
    void aMatrixIsATableWithIndicesUnderItsShapeAndDtype() {
        Array a = Jnp.arange(6).reshape(2, 3);
        MimeBundle b = DisplayRenderer.render(a);
        assertEquals("Array([[0, 1, 2],\n       [3, 4, 5]], dtype=int32)", b.plain());
        String html = b.html();
        assertTrue(html.contains("shape=(2, 3) dtype=int32"), html);
        assertTrue(html.contains("i32[2,3]"), html);
        assertEquals(6, count(html, "<td"), html);   // one per element
        assertEquals(3 + 1 + 2, count(html, "<th"), html);   // corner, 3 column and 2 row indices
        assertTrue(html.contains(">5</td>"), html);
    }

    @Test
    void aLargeVectorIsSummarised() {
        MimeBundle b = DisplayRenderer.render(Jnp.arange(1000).astype(org.jaxpresso.DType.FLOAT32));
        assertEquals(2 * ArrayHtmlRenderer.EDGE + 1, count(b.html(), "<td"));
        assertTrue(b.html().contains(">999.</td>") && b.html().contains(">…</td>"), b.html());
    }

    @Test
    void boolAndScalarArrays() {
        String html = DisplayRenderer.render(Jnp.arange(3).lt(1)).html();
        assertTrue(html.contains(">True</td>") && html.contains(">False</td>"), html);
        assertEquals(1, count(DisplayRenderer.render(Jnp.arange(3).sum()).html(), "<td"));
    }

    @Test
    void aJaxprKeepsItsExactTextAndHighlightsItsTokens() {
        ClosedJaxpr j = Jax.makeJaxpr((Fn1) x -> Jnp.sum(Jnp.sin(x).mul(2f)), Jnp.ones(3));
        String text = j.toString();
        MimeBundle b = DisplayRenderer.render(j);
        assertEquals(text, b.plain());
        assertEquals(text, textContent(b.html()));
        assertTrue(b.html().contains("class=\"jx-prim\" style=\"color:var(--jp-mirror-editor-def-color,#c0702a);font-weight:bold\">sin</span>"), b.html());
        assertTrue(b.html().contains("<span class=\"jx-type\" style=\"color:var(--jp-mirror-editor-variable-2-color,#3f7fb5)\">f32[3]</span>"), b.html());
        assertTrue(b.html().contains(">lambda</span>"), b.html());
        assertTrue(b.html().contains(">axes</span>="), b.html());
    }

    @Test
    void highlightingEscapesAndTagsEachKind() {
        assertEquals("a:<span class=\"jx-type\" style=\"color:var(--jp-mirror-editor-variable-2-color,#3f7fb5)\">i32[]</span>"
                + " &lt; <span class=\"jx-lit\" style=\"color:var(--jp-mirror-editor-number-color,#4a9a40)\">1.5</span>",
                JaxprHtmlRenderer.highlight("a:i32[] < 1.5"));
    }

    @Test
    void aComparisonIsATableOfItsRowsWithTheVerdict() {
        ClosedJaxpr left = Jax.makeJaxpr((Fn1) x -> Jnp.sin(x).mul(2f), Jnp.ones(3));
        ClosedJaxpr right = Jax.makeJaxpr((Fn1) x -> Jnp.cos(x).mul(2f), Jnp.ones(3));
        JaxprComparison c = Jax.compare("f", left, "g<x>", right);
        MimeBundle b = DisplayRenderer.render(c);
        assertEquals(c.toString(), b.plain());
        String html = b.html();
        assertEquals(c.rows().size() + 1, count(html, "<tr"), html);   // header + one per row
        assertTrue(html.contains(">g&lt;x&gt;</th>"), html);
        assertTrue(html.contains(Pattern.compile("same computation: no").matcher(html).find() ? "same computation: no" : "??"), html);
        long marked = c.rows().stream().filter(r -> r.status() != org.jaxpresso.inspect.ComparisonRow.Status.SAME).count();
        assertTrue(marked > 0);
        Matcher m = Pattern.compile("<tr class=\"jx-(?!same\")").matcher(html);
        int differing = 0;
        while (m.find()) differing++;
        assertEquals(marked, differing, html);
    }

    @Test
    void otherValuesAreTheirTextWithStringsQuoted() {
        assertEquals("\"a\\\"b\"", DisplayRenderer.render("a\"b").plain());
        assertEquals("null", DisplayRenderer.render(null).plain());
        assertEquals("3", DisplayRenderer.render(3).plain());
        assertNull(DisplayRenderer.render(3).html());
    }
}
