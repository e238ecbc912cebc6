package org.jaxpresso.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaxpresso.DType;
import org.junit.jupiter.api.Test;

/** {@link JaxprPrinter#flatLines} and {@link JaxprPrinter#flatParams}: one line per part, named as {@code print} names. */
class JaxprPrinterFlatLinesTest {
    private static final ShapedArray F32 = ShapedArray.scalar(DType.FLOAT32);

    @Test
    void partsCarryThePrintedNamesUnderscoresAndLiterals() {
        Var k = new Var(new ShapedArray(Shape.of(1), DType.INT32));
        Var a = new Var(F32);
        Var unused = new Var(F32);
        Var c = new Var(F32);
        Jaxpr j = new Jaxpr(List.of(k), List.of(a), List.of(new Eqn(Unary.SIN, List.of(a), List.of(unused)),
                new Eqn(Unary.COS, List.of(a), List.of(c))), List.of(new Literal(2L, ShapedArray.scalar(DType.INT32)), c));
        assertEquals("{ lambda a:i32[1]; b:f32[]. let _:f32[] = sin b; c:f32[] = cos b in (2:i32[], c) }", j.toString());
        assertEquals(new JaxprPrinter.FlatLines("{ lambda a:i32[1]; b:f32[]. let", List.of("_:f32[] = sin b", "c:f32[] = cos b"),
                "in (2:i32[], c) }"), JaxprPrinter.flatLines(j));
    }

    @Test
    void paramsThatBreakAcrossLinesInPrintStayOnOneLine() {
        Var x = new Var(new ShapedArray(Shape.of(2, 3), DType.FLOAT32));
        Var y = new Var(new ShapedArray(Shape.of(2, 3), DType.FLOAT32));
        Var out = new Var(new ShapedArray(Shape.of(2), DType.FLOAT32));
        DotGeneral dot = new DotGeneral(new DotDimensionNumbers(IntTuple.of(1), IntTuple.of(1), IntTuple.of(0), IntTuple.of(0)), DType.FLOAT32);
        Jaxpr j = new Jaxpr(List.of(), List.of(x, y), List.of(new Eqn(dot, List.of(x, y), List.of(out))), List.of(out));
        assertEquals("""
                { lambda ; a:f32[2,3] b:f32[2,3]. let
                    c:f32[2] = dot_general[
                      dimension_numbers=(([1], [1]), ([0], [0]))
                      preferred_element_type=float32
                    ] a b
                  in (c,) }""", j.toString());
        assertEquals(List.of("c:f32[2] = dot_general[dimension_numbers=(([1], [1]), ([0], [0])) preferred_element_type=float32] a b"),
                JaxprPrinter.flatLines(j).equations());
        assertEquals("[dimension_numbers=(([1], [1]), ([0], [0])) preferred_element_type=float32]", JaxprPrinter.flatParams(dot));
        assertEquals("", JaxprPrinter.flatParams(Unary.SIN));
    }
}
