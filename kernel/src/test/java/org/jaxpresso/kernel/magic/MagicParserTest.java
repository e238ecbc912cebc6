package org.jaxpresso.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How cells split into code, line magics and cell magics. */
class MagicParserTest {
    /** Java code is complete here when its braces and parentheses balance. */
    private static boolean balanced(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) depth += c == '(' || c == '{' ? 1 : c == ')' || c == '}' ? -1 : 0;
        return depth == 0;
    }

    private static List<CellPart> parse(String cell) {
        return MagicParser.parse(cell, MagicParserTest::balanced);
    }

    @Test
    void plainJavaIsOneCodePart() {
        assertEquals(List.of(new CellPart.Code("int a = 1;\na + 1", 0)), parse("int a = 1;\na + 1"));
    }

    @Test
    void aLineMagicSplitsTheCodeAroundItAndKeepsLineNumbers() {
        assertEquals(List.of(
                        new CellPart.Code("int a = 1;", 0),
                        new CellPart.LineMagic("time", "f(a, 2)", 1),
                        new CellPart.Code("a", 2)),
                parse("int a = 1;\n%time   f(a, 2)\na"));
    }

    @Test
    void anIndentedMagicAndOneWithoutArguments() {
        assertEquals(List.of(new CellPart.LineMagic("lsmagic", "", 0), new CellPart.LineMagic("classpath", "add lib/*.jar", 1)),
                parse("%lsmagic\n   %classpath add lib/*.jar"));
    }

    @Test
    void aPercentLineInsideUnfinishedCodeIsCode() {
        assertEquals(List.of(new CellPart.Code("int r = f(a\n% b);", 0)), parse("int r = f(a\n% b);"));
    }

    @Test
    void aCellMagicTakesTheRestOfTheCellWithItsLinesInPlace() {
        assertEquals(List.of(new CellPart.CellMagic("timeit", "-n 3", "\nint a = 1;\na + 1")), parse("%%timeit -n 3\nint a = 1;\na + 1"));
        assertEquals(List.of(new CellPart.CellMagic("time", "", "\n\n")), parse("\n%%time\n"));
    }

    @Test
    void theNameIsTheWordAfterThePercent() {
        assertEquals(List.of(new CellPart.LineMagic("timeit", "-r2 x", 0)), parse("%timeit-r2 x"));
        assertEquals(List.of(new CellPart.LineMagic("", "", 0)), parse("%"));
    }
}
