package org.jaxpresso.bench;

import java.util.concurrent.TimeUnit;
import org.jaxpresso.Array;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
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
 * Per-op overhead of eager execution: one primitive on tiny inputs, so the time is almost all
 * dispatch (trace lookup, type rule, buffer allocation, kernel selection), not arithmetic.
 * numpy_peer.py times the same calls in numpy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "--sun-misc-unsafe-memory-access=allow")
public class EagerDispatchBenchmark {
    private Array x4;
    private Array y4;
    private Array a0;
    private Array b0;

    @Setup
    public void setUp() {
        x4 = BenchArrays.uniform(4, 1);
        y4 = BenchArrays.uniform(4, 2);
        a0 = BenchArrays.scalar(1.5f);
        b0 = BenchArrays.scalar(-0.25f);
    }

    /** {@code lax.add} of two float32[4]: the strict primitive, no promotion. */
    @Benchmark
    public Array laxAddF32x4() { return Lax.add(x4, y4); }

    /** {@code jnp.add} of two float32[4]: promotion and broadcasting checks, then the primitive. */
    @Benchmark
    public Array jnpAddF32x4() { return Jnp.add(x4, y4); }

    /** {@code lax.add} of two float32 0-d arrays. */
    @Benchmark
    public Array laxAddF32Scalar() { return Lax.add(a0, b0); }

    /** {@code jnp.add(x, 1.0)}: a weakly typed Java scalar, converted and broadcast first. */
    @Benchmark
    public Array jnpAddF32x4PlusJavaScalar() { return Jnp.add(x4, 1.0); }
}
