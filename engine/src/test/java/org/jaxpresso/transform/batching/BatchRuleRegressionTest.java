package org.jaxpresso.transform.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jaxpresso.Array;
import org.jaxpresso.Jax;
import org.jaxpresso.Lax;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

/** Cases the vmap property tests found (VmapPropertiesTest), with hand-derived values. */
class BatchRuleRegressionTest {
    private static final Array X = Samples.f32(new float[] {1, 2, 3}, 3);
    private static final Array Y = Samples.f32(new float[] {4, 5, 6}, 3);

    /** A rank-0 dynamic_slice has no start indices; its batched gather gets an empty int32[0] index vector. */
    @Test
    void dynamicSliceOfScalarExamples() {
        Array out = Jax.vmap((Array x) -> Lax.dynamicSlice(x, new Array[0], new int[0])).apply(X);
        assertEquals("f32[3]", out.aval().typeString());
        assertArrayEquals(new double[] {1, 2, 3}, out.toDoubleArray());
        JaxprChecker.check(Jax.makeJaxpr(Jax.vmap((Array x) -> Lax.dynamicSlice(x, new Array[0], new int[0])), X));
    }

    /** A rank-0 dynamic_update_slice replaces the whole scalar: the result is the update. */
    @Test
    void dynamicUpdateSliceOfScalarExamples() {
        Array out = Jax.vmap((Array x, Array u) -> Lax.dynamicUpdateSlice(x, u)).apply(X, Y);
        assertArrayEquals(new double[] {4, 5, 6}, out.toDoubleArray());
        Array unbatchedOperand = Jax.vmap((Array u) -> Lax.dynamicUpdateSlice(Samples.f32(9f), u)).apply(Y);
        assertArrayEquals(new double[] {4, 5, 6}, unbatchedOperand.toDoubleArray());
    }

    /** clamp(0, 5, max) with only max batched: JAX's rule left the scalar operand unbroadcast. */
    @Test
    void clampWithOnlyTheMaxBatched() {
        Array maxes = Samples.f32(new float[] {1, 7, 2}, 3);
        Array out = Jax.vmap((Array hi) -> Lax.clamp(Samples.f32(0f), Samples.f32(5f), hi)).apply(maxes);
        assertEquals("f32[3]", out.aval().typeString());
        assertArrayEquals(new double[] {1, 5, 2}, out.toDoubleArray());
    }
}
