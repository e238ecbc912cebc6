package org.jaxpresso.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jaxpresso.Array;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.transform.jit.compile.CompiledJaxpr;
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
 * The fused compiler's goal figure: {@code tanh(a*x+b)} over 10M float32 ({@code a}, {@code b}
 * scalars) as one compiled loop nest, against the floor set by memory traffic (a copy of 10M
 * floats into a new array, on one thread and on all cores) and against the same expression run
 * eagerly, one primitive at a time. numpy_peer.py times {@code np.tanh(a*x+b)}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--sun-misc-unsafe-memory-access=allow", "--add-modules", "jdk.incubator.vector"})
public class FusedBenchmark {
    static final int SIZE = 10_000_000;
    private static final int COPY_CHUNK = 1 << 18;

    private Array x;
    private Array a;
    private Array b;
    private float[] xs;
    private List<Buffer> args;
    private CompiledJaxpr compiled;

    @Setup
    public void setUp() {
        x = BenchArrays.uniform(SIZE, 1);
        a = Jnp.array(1.5f);
        b = Jnp.array(-0.25f);
        xs = x.toFloatArray();
        ClosedJaxpr j = Jax.makeJaxpr((p, q, s) -> Lax.tanh(Jnp.add(Jnp.multiply(p, s), q)), a, b, x);
        compiled = CompiledJaxpr.compile(j);
        args = List.of(Buffer.wrap(new float[] {1.5f}), Buffer.wrap(new float[] {-0.25f}), Buffer.wrap(xs));
    }

    @Benchmark
    public List<Buffer> fusedTanhAffineF32x10M() { return compiled.run(args); }

    @Benchmark
    public Array eagerTanhAffineF32x10M() { return Lax.tanh(Jnp.add(Jnp.multiply(a, x), b)); }

    @Benchmark
    public float[] copyArraycopyF32x10M() {
        float[] out = new float[SIZE];
        System.arraycopy(xs, 0, out, 0, SIZE);
        return out;
    }

    @Benchmark
    public float[] copyParallelF32x10M() {
        float[] out = new float[SIZE];
        int chunks = (SIZE + COPY_CHUNK - 1) / COPY_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * COPY_CHUNK;
            System.arraycopy(xs, from, out, from, Math.min(COPY_CHUNK, SIZE - from));
        });
        return out;
    }
}
