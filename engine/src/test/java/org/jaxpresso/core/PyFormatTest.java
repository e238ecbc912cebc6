package org.jaxpresso.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyFormatTest {
    @Test
    void floatReprMatchesPython() {
        // Expected values are Python 3's repr() of the same doubles.
        assertEquals("1.0", PyFormat.floatRepr(1.0));
        assertEquals("0.1", PyFormat.floatRepr(0.1));
        assertEquals("-2.5", PyFormat.floatRepr(-2.5));
        assertEquals("1.6699999570846558", PyFormat.floatRepr((double) 1.67f));
        assertEquals("0.10000000149011612", PyFormat.floatRepr((double) 0.1f));
        assertEquals("1e-05", PyFormat.floatRepr(1e-5));
        assertEquals("0.0001", PyFormat.floatRepr(1e-4));
        assertEquals("1e+16", PyFormat.floatRepr(1e16));
        assertEquals("1000000000000000.0", PyFormat.floatRepr(1e15));
        assertEquals("1.5e+300", PyFormat.floatRepr(1.5e300));
        assertEquals("123456.789", PyFormat.floatRepr(123456.789));
        assertEquals("nan", PyFormat.floatRepr(Double.NaN));
        assertEquals("-inf", PyFormat.floatRepr(Double.NEGATIVE_INFINITY));
        assertEquals("-0.0", PyFormat.floatRepr(-0.0));
        assertEquals("5e-324", PyFormat.floatRepr(Double.MIN_VALUE));
    }

    @Test
    void tuplesPrintLikePython() {
        assertEquals("()", PyFormat.tuple(List.of()));
        assertEquals("(0,)", PyFormat.tuple(List.of(0)));
        assertEquals("(2, 3)", PyFormat.tuple(List.of(2, 3)));
        assertEquals("(0,)", IntTuple.of(0).toString());
        assertEquals("(2, 5)", Shape.of(2, 5).toString());
        assertEquals("None", PyFormat.str(null));
        assertEquals("True", PyFormat.str(true));
    }
}
