package org.jaxpresso.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.DType;
import org.junit.jupiter.api.Test;

/** Layout and naming rules of JAXPR.md §1 on hand-built jaxprs. */
class JaxprPrinterTest {
    private static final ShapedArray F32 = ShapedArray.scalar(DType.FLOAT32);

    @Test
    void namesAreBase26WithoutAa() {
        assertEquals("a", JaxprPrinter.encode(0));
        assertEquals("z", JaxprPrinter.encode(25));
        assertEquals("ba", JaxprPrinter.encode(26));
        assertEquals("bz", JaxprPrinter.encode(51));
        assertEquals("zz", JaxprPrinter.encode(675));
        assertEquals("baa", JaxprPrinter.encode(676));
    }

    @Test
    void emptyBodyPrintsTwoSpacesBetweenLetAndIn() {
        Var a = new Var(F32);
        Jaxpr j = new Jaxpr(List.of(), List.of(a), List.of(), List.of(a));
        assertEquals("{ lambda ; a:f32[]. let  in (a,) }", j.toString());
    }

    @Test
    void shortJaxprStaysOnOneLine() {
        Var a = new Var(F32);
        Var b = new Var(F32);
        Var c = new Var(F32);
        Jaxpr j = new Jaxpr(List.of(), List.of(a), List.of(new Eqn(Unary.COS, List.of(a), List.of(b)),
                new Eqn(Unary.SIN, List.of(b), List.of(c))), List.of(c));
        assertEquals("{ lambda ; a:f32[]. let b:f32[] = cos a; c:f32[] = sin b in (c,) }", j.toString());
    }

    @Test
    void unusedOutputsPrintAsUnderscoreWithoutTakingANameAndLiteralOutputsAreTyped() {
        Var a = new Var(F32);
        Var unused = new Var(F32);
        Var c = new Var(F32);
        Jaxpr j = new Jaxpr(List.of(), List.of(a), List.of(new Eqn(Unary.SIN, List.of(a), List.of(unused)),
                new Eqn(Unary.COS, List.of(a), List.of(c))), List.of(new Literal(2L, ShapedArray.scalar(DType.INT32)), c));
        assertEquals("{ lambda ; a:f32[]. let _:f32[] = sin a; b:f32[] = cos a in (2:i32[], b) }", j.toString());
    }

    @Test
    void constvarsComeFirstAndNoInputsPrintsEmptyList() {
        Var k = new Var(new ShapedArray(Shape.of(1), DType.INT32));
        Var out = new Var(new ShapedArray(Shape.of(1), DType.INT32));
        Jaxpr j = new Jaxpr(List.of(k), List.of(), List.of(new Eqn(Unary.NEG, List.of(k), List.of(out))), List.of(out));
        assertEquals("{ lambda a:i32[1]; . let b:i32[1] = neg a in (b,) }", j.toString());
    }

    @Test
    void longInvarListFillsAndContinuesAtIndentFour() {
        List<Var> ins = new ArrayList<>();
        for (int i = 0; i < 12; i++) ins.add(new Var(new ShapedArray(Shape.of(100, 100), DType.FLOAT32)));
        Var out = new Var(ins.getFirst().aval());
        Jaxpr j = new Jaxpr(List.of(), ins, List.of(new Eqn(Binary.ADD, List.of(ins.get(0), ins.get(11)), List.of(out))), List.of(out));
        // Each item is 14 characters wide; a break becomes a newline only once the column before it
        // is 80 or more, so a line may run past 80: d ends at column 70, e still starts on line 1.
        String expected = """
                { lambda ; a:f32[100,100] b:f32[100,100] c:f32[100,100] d:f32[100,100] e:f32[100,100]
                    f:f32[100,100] g:f32[100,100] h:f32[100,100] i:f32[100,100] j:f32[100,100] k:f32[100,100]
                    l:f32[100,100]. let
                    m:f32[100,100] = add a l
                  in (m,) }""";
        assertEquals(expected, j.toString());
    }

    @Test
    void paramsThatDoNotFitBreakOneParamPerLine() {
        Var a = new Var(new ShapedArray(Shape.of(3), DType.INT32));
        Var b = new Var(new ShapedArray(Shape.of(3), DType.FLOAT32));
        Var c = new Var(F32);
        DotGeneral dot = new DotGeneral(new DotDimensionNumbers(IntTuple.of(0), IntTuple.of(0), IntTuple.EMPTY, IntTuple.EMPTY), DType.FLOAT32);
        Jaxpr j = new Jaxpr(List.of(), List.of(a, b), List.of(new Eqn(dot, List.of(a, b), List.of(c))), List.of(c));
        assertEquals("""
                { lambda ; a:i32[3] b:f32[3]. let
                    c:f32[] = dot_general[
                      dimension_numbers=(([0], [0]), ([], []))
                      preferred_element_type=float32
                    ] a b
                  in (c,) }""", j.toString());
    }
}
