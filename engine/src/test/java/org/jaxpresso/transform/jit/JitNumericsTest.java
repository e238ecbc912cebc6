package org.jaxpresso.transform.jit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jaxpresso.Array;
import org.jaxpresso.Fn3;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.testkit.Samples;
import org.jaxpresso.transform.jit.compile.JitNumerics;
import org.junit.jupiter.api.Test;

/**
 * jit's numerics policy ({@link JitNumerics}): by default float32 {@code tanh} in a fused group
 * runs on the approximate vector path, within 2 ulp of eager; in exact mode it is bit for bit.
 */
class JitNumericsTest {
    private static final int N = 100_003;
    private final Array a = Samples.f32(1.5f);
    private final Array b = Samples.f32(-0.25f);
    private final Array x;

    JitNumericsTest() {
        float[] v = new float[N];
        for (int i = 0; i < N; i++) v[i] = -3f + 6f * i / N;
        x = Samples.f32(v, N);
    }

    private static Array tanhAffine(Array p, Array q, Array s) { return Lax.tanh(Jnp.add(Jnp.multiply(p, s), q)); }

    private static final Fn3 F = JitNumericsTest::tanhAffine;

    @Test
    void byDefaultTanhIsApproximatedWithinTwoUlp() {
        float[] eager = tanhAffine(a, b, x).toFloatArray();
        float[] jitted = Jax.jit(F).apply(a, b, x).toFloatArray();
        for (int i = 0; i < N; i++) {
            float ulp = Math.ulp(eager[i]);
            assertTrue(Math.abs(jitted[i] - eager[i]) <= JitNumerics.APPROXIMATE_FLOAT32_ULPS * ulp,
                    "element " + i + ": eager " + eager[i] + ", jit " + jitted[i]);
        }
        assertTrue(JitNumerics.mayApproximate(Jax.makeJaxpr(F, a, b, x)));
        assertTrue(Jax.lower(Jax.jit(F), a, b, x).generatedCode().contains("fused vector"));
    }

    @Test
    void inExactModeTanhIsBitForBit() {
        float[] eager = tanhAffine(a, b, x).toFloatArray();
        System.setProperty(JitNumerics.EXACT_PROPERTY, "true");
        try {
            float[] jitted = Jax.jit(F).apply(a, b, x).toFloatArray();
            assertArrayEquals(eager, jitted);
            assertTrue(Jax.lower(Jax.jit(F), a, b, x).generatedCode().contains("fused tiled"));
            assertFalse(JitNumerics.mayApproximate(Jax.makeJaxpr(F, a, b, x)));
        } finally {
            System.clearProperty(JitNumerics.EXACT_PROPERTY);
        }
    }

    @Test
    void programsWithoutApproximatedFunctionsAreNotFlagged() {
        assertFalse(JitNumerics.mayApproximate(Jax.makeJaxpr((Fn3) (p, q, s) -> Jnp.add(Jnp.multiply(p, s), q), a, b, x)));
        assertTrue(JitNumerics.mayApproximate(Jax.makeJaxpr((Fn3) (p, q, s) -> Jax.jit((Fn3) JitNumericsTest::tanhAffine).apply(p, q, s), a, b, x)),
                "a tanh inside a nested jit counts");
    }
}
