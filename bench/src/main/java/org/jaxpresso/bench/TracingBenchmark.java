package org.jaxpresso.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jaxpresso.Array;
import org.jaxpresso.Fn1;
import org.jaxpresso.Jax;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ClosedJaxpr;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of tracing a function of {@value #EQUATIONS} equations (a chain of elementwise ops and
 * slices) to a jaxpr: {@code make_jaxpr(f)} alone and {@code make_jaxpr(vmap(f))}. Tracing runs
 * no kernels, so this is the per-equation cost of binding, type rules and batching rules.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "--sun-misc-unsafe-memory-access=allow")
public class TracingBenchmark {
    static final int STEPS = 200;
    /** Five equations per step. */
    static final int EQUATIONS = 5 * STEPS;
    static final int LENGTH = 64;
    static final int BATCH = 8;

    /**
     * {@code STEPS} times: {@code x = rotate_left(sin(x) * w)}, the rotation being two slices and
     * a concatenate. Per example {@code x, w: f32[64]}.
     */
    static final Fn1 CHAIN = x -> {
        Array w = x;
        for (int s = 0; s < STEPS; s++) {
            Array y = Lax.mul(Lax.sin(x), w);
            Array head = Lax.slice(y, new int[] {0}, new int[] {1});
            Array tail = Lax.slice(y, new int[] {1}, new int[] {LENGTH});
            x = Lax.concatenate(List.of(tail, head), 0);
        }
        return x;
    };

    private final Fn1 vmapped = Jax.vmap(CHAIN);
    private Array x;
    private Array xs;

    @Setup
    public void setUp() {
        x = BenchArrays.uniform(LENGTH, 1);
        xs = BenchArrays.uniformOfShape(2, BATCH, LENGTH);
        int n = Jax.makeJaxpr(CHAIN, x).eqns().size();
        if (n != EQUATIONS) throw new IllegalStateException("CHAIN has " + n + " equations, expected " + EQUATIONS);
    }

    /** {@code jax.make_jaxpr(f)(x)} with {@code x: f32[64]}. */
    @Benchmark
    public ClosedJaxpr makeJaxprChain() { return Jax.makeJaxpr(CHAIN, x); }

    /** {@code jax.make_jaxpr(jax.vmap(f))(xs)} with {@code xs: f32[8,64]}. */
    @Benchmark
    public ClosedJaxpr makeJaxprVmapChain() { return Jax.makeJaxpr(vmapped, xs); }
}
