package org.jaxpresso;

import static org.jaxpresso.testkit.Samples.arangeF32;
import static org.jaxpresso.testkit.Samples.bool;
import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Eager misuse of {@link Lax} fails in the type rule with a named exception worded as JAX words it. */
class LaxTypeRulesTest {
    private static void assertStartsWith(String prefix, Exception e) {
        assertTrue(e.getMessage().startsWith(prefix), "message was: " + e.getMessage());
    }

    @Test
    void binaryDtypeMismatch() {
        DTypeException e = assertThrows(DTypeException.class, () -> Lax.add(f32(1f), i32(1)));
        assertStartsWith("lax.add requires arguments to have the same dtypes, got float32, int32.", e);
    }

    @Test
    void binaryRankMismatch() {
        ShapeException e = assertThrows(ShapeException.class, () -> Lax.mul(arangeF32(2, 3), arangeF32(3)));
        assertEquals("mul: arrays must have same number of dimensions, got (2, 3), (3,).", e.getMessage());
    }

    @Test
    void binaryIncompatibleShapes() {
        ShapeException e = assertThrows(ShapeException.class, () -> Lax.add(arangeF32(2, 3), arangeF32(2, 4)));
        assertEquals("add got incompatible shapes for broadcasting: (2, 3), (2, 4).", e.getMessage());
    }

    @Test
    void unaryRejectsDtype() {
        DTypeException e = assertThrows(DTypeException.class, () -> Lax.sin(i32(1)));
        assertEquals("sin does not accept dtype int32. Accepted dtypes are subtypes of floating.", e.getMessage());
        assertThrows(DTypeException.class, () -> Lax.bitwiseAnd(f32(1f), f32(1f)));
        assertThrows(DTypeException.class, () -> Lax.neg(bool(true)));
    }

    @Test
    void integerPowNegativeExponentOnInts() {
        DTypeException e = assertThrows(DTypeException.class, () -> Lax.integerPow(i32(2), -1));
        assertStartsWith("Integers cannot be raised to negative powers", e);
    }

    @Test
    void selectNPredicateAndShape() {
        assertThrows(DTypeException.class, () -> Lax.selectN(f32(1f), f32(1f), f32(2f)));
        assertThrows(ShapeException.class, () -> Lax.selectN(bool(new boolean[] {true, false}, 2), arangeF32(3), arangeF32(3)));
    }

    @Test
    void clampBoundShape() {
        ShapeException e = assertThrows(ShapeException.class, () -> Lax.clamp(arangeF32(2), arangeF32(3), f32(1f)));
        assertStartsWith("clamp requires min.shape == operand.shape or min.shape == (), got (2,).", e);
    }

    @Test
    void shapeOpsRejectBadParams() {
        assertThrows(ShapeException.class, () -> Lax.reshape(arangeF32(2, 3), 4, 2));
        assertThrows(ShapeException.class, () -> Lax.transpose(arangeF32(2, 3), 0, 0));
        assertThrows(ShapeException.class, () -> Lax.slice(arangeF32(4), new int[] {1}, new int[] {5}));
        assertThrows(ShapeException.class, () -> Lax.concatenate(List.of(arangeF32(2, 3), arangeF32(3, 2)), 0));
        assertThrows(ShapeException.class, () -> Lax.pad(arangeF32(2), f32(0f), new int[][] {{-3, 0, 0}}));
        assertThrows(ShapeException.class, () -> Lax.broadcastInDim(arangeF32(3), new int[] {2, 4}, new int[] {1}));
        assertThrows(ShapeException.class, () -> Lax.dynamicSlice(arangeF32(4), new Array[] {i32(0)}, new int[] {5}));
    }

    @Test
    void dotGeneralContractingMismatch() {
        ShapeException e = assertThrows(ShapeException.class, () -> Lax.dotGeneral(arangeF32(2, 3), arangeF32(4, 2), new int[] {1}, new int[] {0}));
        assertEquals("dot_general requires contracting dimensions to have the same shape, got (3,) and (4,).", e.getMessage());
    }

    @Test
    void reductionAxisOutOfBounds() {
        assertThrows(AxisException.class, () -> Lax.reduceSum(arangeF32(2, 3), 2));
        ShapeException e = assertThrows(ShapeException.class, () -> Lax.argmax(f32(new float[0], 0), 0, DType.INT32));
        assertStartsWith("argmax attempt to get argmax of an empty sequence", e);
    }
}
