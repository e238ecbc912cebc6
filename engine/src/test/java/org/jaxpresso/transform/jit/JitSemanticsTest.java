package org.jaxpresso.transform.jit;

import static org.jaxpresso.Jax.inAxes;
import static org.jaxpresso.Jax.jit;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.Jax.staticArgnums;
import static org.jaxpresso.Jax.vmap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.jaxpresso.Array;
import org.jaxpresso.ConcretizationException;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.FnN;
import org.jaxpresso.Jnp;
import org.junit.jupiter.api.Test;

/** jit against its definition: the same values as eager evaluation, one trace per key, composition with vmap. */
class JitSemanticsTest {
    private final Array x = Jnp.array(new float[] {0.5f, -1.5f, 2f});

    @Test
    void jittedEqualsEager() {
        Fn1 f = v -> Jnp.tanh(v.mul(2.0).add(1.0)).sum();
        assertEquals(f.apply(x).floatValue(), jit(f).apply(x).floatValue());
    }

    @Test
    void aJavaSideEffectRunsOncePerTraceAndTheCacheKeysOnTypes() {
        AtomicInteger traces = new AtomicInteger();
        Fn1 f = jit(v -> {
            traces.incrementAndGet();
            return v.mul(2);
        });
        f.apply(x);
        f.apply(Jnp.array(new float[] {7f, 8f, 9f}));
        assertEquals(1, traces.get(), "same shape and dtype: one trace");
        f.apply(Jnp.array(new float[] {1f, 2f}));
        assertEquals(2, traces.get(), "a new shape retraces");
        f.apply(Jnp.array(new int[] {1, 2}));
        assertEquals(3, traces.get(), "a new dtype retraces");
        f.apply(Jnp.array(new int[] {3, 4}));
        assertEquals(3, traces.get());
    }

    @Test
    void staticArgumentsAreJavaValuesInTheCacheKey() {
        AtomicInteger traces = new AtomicInteger();
        FnN power = jit((FnN) args -> {
            traces.incrementAndGet();
            return Jnp.power(args[0], (Integer) args[1]);
        }, staticArgnums(1));
        assertArrayEquals(new float[] {0.25f, 2.25f, 4f}, ((Array) power.apply(x, 2)).toFloatArray());
        assertArrayEquals(new float[] {0.125f, -3.375f, 8f}, ((Array) power.apply(x, 3)).toFloatArray());
        power.apply(x, 2);
        assertEquals(2, traces.get());
        assertTrue(makeJaxpr(v -> (Array) power.apply(v, 3), x).toString().contains("integer_pow[y=3]"));
    }

    @Test
    void jitComposesWithVmapBothWaysAndNests() {
        Array xs = Jnp.array(new float[][] {{1, 2, 3}, {4, 5, 6}});
        Array w = Jnp.array(new float[] {1, 0, -1});
        Fn2 dot = (a, b) -> Jnp.dot(a, b);
        Array expected = vmap(dot, inAxes(0, null)).apply(xs, w);
        assertArrayEquals(new float[] {-2, -2}, expected.toFloatArray());
        assertArrayEquals(expected.toFloatArray(), jit(vmap(dot, inAxes(0, null))).apply(xs, w).toFloatArray());
        assertArrayEquals(expected.toFloatArray(), vmap(jit(dot), inAxes(0, null)).apply(xs, w).toFloatArray());
        Fn2 nested = jit((a, b) -> jit(dot).apply(a, b).mul(2));
        assertArrayEquals(new float[] {-4, -4}, vmap(nested, inAxes(0, null)).apply(xs, w).toFloatArray());
        assertArrayEquals(new float[] {-4, -4}, vmap(jit(vmap(jit(nested), inAxes(0, null))), inAxes(0, null))
                .apply(Jnp.stack(xs), w).get(0).toFloatArray());
    }

    @Test
    void closedOverConstantsStayConstvarsOfTheInnerJaxpr() {
        Array c = Jnp.array(new float[] {1, 2, 3});
        Fn1 f = jit(v -> v.add(c));
        assertArrayEquals(new float[] {1.5f, 0.5f, 5f}, f.apply(x).toFloatArray());
        // Name reuse lends the outer names a and b to the inner invar and output before the inner
        // constvar is named, so the constvar is c.
        assertTrue(makeJaxpr(f, x).toString().contains("jaxpr={ lambda c:f32[3]; a:f32[3]. let b:f32[3] = add a c in (b,) }"),
                makeJaxpr(f, x).toString());
    }

    @Test
    void javaControlFlowOnATracedValueNamesJit() {
        Fn1 f = jit(v -> v.sum().floatValue() > 0 ? v : v.neg());
        ConcretizationException e = assertThrows(ConcretizationException.class, () -> f.apply(x));
        assertTrue(e.getMessage().contains("jit"), e.getMessage());
    }
}
