package org.jaxpresso.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jaxpresso.Array;
import org.jaxpresso.Fn2;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
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
 * Eager {@code vmap(convolve)} of the JAX tutorial on a batch of 1,000 float32 signals of length
 * 1,000 with 1,000 length-3 kernels ({@code xs f32[1000,1000]}, {@code ws f32[1000,3]}), against
 * a Java loop that calls {@code convolve} once per example and stacks the results, and against
 * the hand-batched {@code manually_vectorized_convolve}. Goals: vmap at least 20x faster than the
 * loop, and at most 1.10x the hand-batched time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--sun-misc-unsafe-memory-access=allow"})
public class VmapConvolveBenchmark {
    static final int BATCH = 1000;
    static final int LENGTH = 1000;
    static final int KERNEL = 3;

    private final Fn2 vmapped = Jax.vmap(Convolve::convolve);
    private Array xs;
    private Array ws;

    @Setup
    public void setUp() {
        xs = BenchArrays.uniformOfShape(1, BATCH, LENGTH);
        ws = BenchArrays.uniformOfShape(2, BATCH, KERNEL);
    }

    /** {@code jax.vmap(convolve)(xs, ws)}, eagerly. */
    @Benchmark
    public Array vmapConvolve() { return vmapped.apply(xs, ws); }

    /** {@code manually_vectorized_convolve(xs, ws)}. */
    @Benchmark
    public Array manuallyVectorizedConvolve() { return Convolve.manuallyVectorized(xs, ws); }

    /** {@code jnp.stack([convolve(x, w) for x, w in zip(xs, ws)])}. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public Array loopConvolve() {
        List<Array> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) rows.add(Convolve.convolve(xs.get(i), ws.get(i)));
        return Jnp.stack(rows);
    }
}
