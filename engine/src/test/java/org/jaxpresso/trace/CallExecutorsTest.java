package org.jaxpresso.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jaxpresso.Array;
import org.jaxpresso.Jax;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

/** The eager trace runs a jit call through its registered executor, compiled once, on first use. */
class CallExecutorsTest {
    private final Array x = Samples.f32(new float[] {1f, 2f}, 2);

    @Test
    void anUnregisteredJaxprIsInterpreted() {
        ClosedJaxpr j = Jax.makeJaxpr(v -> Lax.neg(v), x);
        assertNull(CallExecutors.executorFor(j));
        assertArrayEquals(new float[] {-1f, -2f}, TraceContext.bind(new JitCall("f", j), List.of(x)).getFirst().toFloatArray());
    }

    @Test
    void aRegisteredJaxprRunsItsExecutorCompiledOnceOnFirstUse() {
        ClosedJaxpr j = Jax.makeJaxpr(v -> Lax.neg(v), x);
        AtomicInteger compiled = new AtomicInteger();
        // an executor that doubles instead of negating, so its use is visible
        CallExecutors.register(j, staged -> {
            compiled.incrementAndGet();
            return args -> List.of(Lax.add(args.getFirst(), args.getFirst()));
        });
        assertEquals(0, compiled.get(), "compilation is lazy");
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new float[] {2f, 4f}, TraceContext.bind(new JitCall("f", j), List.of(x)).getFirst().toFloatArray());
        }
        assertEquals(1, compiled.get());
        ClosedJaxpr equalButDistinct = new ClosedJaxpr(j.jaxpr(), j.consts());
        assertEquals(j, equalButDistinct);
        assertNull(CallExecutors.executorFor(equalButDistinct), "keys compare by identity");
    }
}
