package org.jaxpresso.bench;

import java.util.concurrent.TimeUnit;
import org.jaxpresso.Array;
import org.jaxpresso.Fn2;
import org.jaxpresso.Fn3;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.transform.jit.Lowered;
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
 * The figures of the jit issue, all through {@code Jax.jit}: the fused {@code tanh(a*x+b)} over
 * 10M float32 (against {@link FusedBenchmark}'s copy kernels and numpy), {@code jit(vmap(convolve))}
 * against {@code jit(manually_vectorized_convolve)} (and {@link VmapConvolveBenchmark}'s Java loop
 * of per-example calls), the call overhead of a cache hit on a tiny function, and trace+compile of
 * the tutorial's {@code vmap(convolve)} with a fresh jit each time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--sun-misc-unsafe-memory-access=allow", "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class JitBenchmark {
    private final Fn3 tanhAffine = Jax.jit((Fn3) (p, q, s) -> Lax.tanh(Jnp.add(Jnp.multiply(p, s), q)));
    private final Fn2 vmapConvolve = Jax.jit(Jax.vmap(Convolve::convolve));
    private final Fn2 manuallyVectorized = Jax.jit(Convolve::manuallyVectorized);
    private final Fn2 tinyAdd = Jax.jit(Lax::add);

    private Array x;
    private Array a;
    private Array b;
    private Array xs;
    private Array ws;
    private Array x4;
    private Array y4;

    @Setup
    public void setUp() {
        x = BenchArrays.uniform(FusedBenchmark.SIZE, 1);
        a = BenchArrays.scalar(1.5f);
        b = BenchArrays.scalar(-0.25f);
        xs = BenchArrays.uniformOfShape(1, VmapConvolveBenchmark.BATCH, VmapConvolveBenchmark.LENGTH);
        ws = BenchArrays.uniformOfShape(2, VmapConvolveBenchmark.BATCH, VmapConvolveBenchmark.KERNEL);
        x4 = BenchArrays.uniform(4, 3);
        y4 = BenchArrays.uniform(4, 4);
    }

    /** {@code jit(lambda a, b, x: tanh(a*x+b))(a, b, x)}, x f32[10M]: one fused loop. */
    @Benchmark
    public Array jitTanhAffineF32x10M() { return tanhAffine.apply(a, b, x); }

    /** {@code jit(vmap(convolve))(xs, ws)}. */
    @Benchmark
    public Array jitVmapConvolve() { return vmapConvolve.apply(xs, ws); }

    /** {@code jit(manually_vectorized_convolve)(xs, ws)}. */
    @Benchmark
    public Array jitManuallyVectorizedConvolve() { return manuallyVectorized.apply(xs, ws); }

    /** A cache hit of {@code jit(lax.add)} on f32[4]: the per-call overhead of jit. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Array jitCacheHitAddF32x4() { return tinyAdd.apply(x4, y4); }

    /** Trace and compile {@code jit(vmap(convolve))} for xs, ws with a fresh jit (nothing cached), without running it. */
    @Benchmark
    public Lowered jitTraceCompileVmapConvolve() { return Jax.lower(Jax.vmap(Convolve::convolve), xs, ws); }
}
