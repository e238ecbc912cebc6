package org.jaxpresso.numpy;

import static org.jaxpresso.testkit.Samples.arangeF32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jaxpresso.AxisException;
import org.jaxpresso.Jnp;
import org.jaxpresso.ShapeException;
import org.junit.jupiter.api.Test;

/** Misuse raises the named exception with JAX's or numpy's wording. */
class JnpErrorsTest {
    @Test
    void axisOutOfBounds() {
        assertEquals("axis 3 is out of bounds for array of dimension 2",
                assertThrows(AxisException.class, () -> Jnp.sum(arangeF32(2, 3), 3)).getMessage());
        assertEquals("axis -3 is out of bounds for array of dimension 2",
                assertThrows(AxisException.class, () -> Jnp.argmax(arangeF32(2, 3), -3)).getMessage());
        assertEquals("duplicate value in 'axis': (0, -2)",
                assertThrows(AxisException.class, () -> Jnp.mean(arangeF32(2, 3), 0, -2)).getMessage());
    }

    @Test
    void dotShapeMismatch() {
        assertEquals("dot_general requires contracting dimensions to have the same shape, got (3,) and (4,).",
                assertThrows(ShapeException.class, () -> Jnp.dot(arangeF32(2, 3), arangeF32(4, 5))).getMessage());
        assertEquals("Incompatible shapes for matmul arguments: (2, 2, 3) and (3, 3, 4)",
                assertThrows(ShapeException.class, () -> Jnp.matmul(arangeF32(2, 2, 3), arangeF32(3, 3, 4))).getMessage());
        assertEquals("matmul input operand 0 must have ndim at least 1, but it has ndim 0",
                assertThrows(ShapeException.class, () -> Jnp.matmul(2.0, arangeF32(3))).getMessage());
    }

    @Test
    void reshapeAndSplit() {
        assertEquals("cannot reshape array of shape (2, 3) (size 6) into shape (4,) (size 4)",
                assertThrows(ShapeException.class, () -> Jnp.reshape(arangeF32(2, 3), 4)).getMessage());
        assertEquals("array split does not result in an equal division: rest is 1",
                assertThrows(ShapeException.class, () -> Jnp.split(arangeF32(5), 2)).getMessage());
        assertEquals("All input arrays must have the same shape.",
                assertThrows(ShapeException.class, () -> Jnp.stack(arangeF32(2), arangeF32(3))).getMessage());
        assertEquals("zero-size array to reduction operation max which has no identity",
                assertThrows(ShapeException.class, () -> Jnp.max(arangeF32(0))).getMessage());
    }
}
