package org.jaxpresso.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class JavaHighlighterTest {
    /** The style of the character at {@code text.indexOf(marker)}. */
    private static AttributedStyle styleAt(String text, String marker) {
        AttributedString s = JavaHighlighter.highlight(text);
        assertEquals(text, s.toString(), "highlighting must not change the text");
        return s.styleAt(text.indexOf(marker));
    }

    @Test
    void keywordsLiteralsNumbersAndCommentsGetTheirStyles() {
        String code = "var x = Jnp.arange(10); // ten\nString s = \"a \\\" b\"; char c = 'q'; double d = 1.5e-3;";
        assertEquals(JavaHighlighter.KEYWORD, styleAt(code, "var"));
        assertEquals(JavaHighlighter.KEYWORD, styleAt(code, "double"));
        assertEquals(AttributedStyle.DEFAULT, styleAt(code, "Jnp"));
        assertEquals(AttributedStyle.DEFAULT, styleAt(code, "x ="));
        assertEquals(JavaHighlighter.NUMBER, styleAt(code, "10"));
        assertEquals(JavaHighlighter.NUMBER, styleAt(code, "-3"));
        assertEquals(JavaHighlighter.COMMENT, styleAt(code, "ten"));
        assertEquals(AttributedStyle.DEFAULT, styleAt(code, "String"));
        assertEquals(JavaHighlighter.LITERAL, styleAt(code, " b\""), "an escaped quote does not end the string");
        assertEquals(AttributedStyle.DEFAULT, styleAt(code, "; char"));
        assertEquals(JavaHighlighter.LITERAL, styleAt(code, "q'"));
    }

    @Test
    void identifiersContainingKeywordsAreNotKeywords() {
        assertEquals(AttributedStyle.DEFAULT, styleAt("int interval = 1", "interval"));
        assertEquals(AttributedStyle.DEFAULT, styleAt("x2 = new1", "2"));
    }

    @Test
    void unfinishedCommentsAndTextBlocksColourToTheEnd() {
        assertEquals(JavaHighlighter.COMMENT, styleAt("int a; /* still\n typing", "typing"));
        assertEquals(JavaHighlighter.LITERAL, styleAt("String t = \"\"\"\n  for x", "for x"));
    }

    @Test
    void magicsAtALineStartAreBoldButRemainderIsNot() {
        assertEquals(JavaHighlighter.MAGIC, styleAt("%timeit Jnp.ones(3)", "timeit"));
        assertEquals(JavaHighlighter.MAGIC, styleAt("%%time\nint a = 1", "time"));
        assertEquals(AttributedStyle.DEFAULT, styleAt("int r = 7 %x", "%"));
        assertEquals(AttributedStyle.DEFAULT, styleAt("int r = 7 %x", "x"));
    }
}
