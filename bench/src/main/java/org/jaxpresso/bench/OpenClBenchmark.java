package org.jaxpresso.bench;

import java.util.concurrent.TimeUnit;
import org.jaxpresso.Array;
import org.jaxpresso.Device;
import org.jaxpresso.Fn2;
import org.jaxpresso.Fn3;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The jit issue's figures on the first OpenCL device (PoCL's CPU device here): the same
 * functions as {@link JitBenchmark} and {@link DotGeneralBenchmark} with their arguments put on
 * the device first, each call timed until its result is ready on the device
 * ({@link Array#blockUntilReady()}, no copy back). Also the launch overhead per operation: a
 * tiny add waited for after each launch, and a chain of {@value #CHAIN} adds enqueued back to
 * back (pipelined) and waited for once. Method names are JitBenchmark's with an {@code opencl}
 * prefix, so the summary puts them in an OpenCL column.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--sun-misc-unsafe-memory-access=allow", "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED"})
public class OpenClBenchmark {
    static final int CHAIN = 100;

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
    private Array m1;
    private Array m2;

    @Setup
    public void setUp() {
        Device d = Jax.devices("opencl").getFirst();
        x = Jax.devicePut(BenchArrays.uniform(FusedBenchmark.SIZE, 1), d);
        a = Jax.devicePut(BenchArrays.scalar(1.5f), d);
        b = Jax.devicePut(BenchArrays.scalar(-0.25f), d);
        xs = Jax.devicePut(BenchArrays.uniformOfShape(1, VmapConvolveBenchmark.BATCH, VmapConvolveBenchmark.LENGTH), d);
        ws = Jax.devicePut(BenchArrays.uniformOfShape(2, VmapConvolveBenchmark.BATCH, VmapConvolveBenchmark.KERNEL), d);
        x4 = Jax.devicePut(BenchArrays.uniform(4, 3), d);
        y4 = Jax.devicePut(BenchArrays.uniform(4, 4), d);
        m1 = Jax.devicePut(BenchArrays.uniformOfShape(1, DotGeneralBenchmark.SIZE, DotGeneralBenchmark.SIZE), d);
        m2 = Jax.devicePut(BenchArrays.uniformOfShape(2, DotGeneralBenchmark.SIZE, DotGeneralBenchmark.SIZE), d);
    }

    @Benchmark
    public Array openclJitTanhAffineF32x10M() { return tanhAffine.apply(a, b, x).blockUntilReady(); }

    @Benchmark
    public Array openclEagerTanhAffineF32x10M() { return Lax.tanh(Jnp.add(Jnp.multiply(a, x), b)).blockUntilReady(); }

    @Benchmark
    public Array openclJitVmapConvolve() { return vmapConvolve.apply(xs, ws).blockUntilReady(); }

    @Benchmark
    public Array openclJitManuallyVectorizedConvolve() { return manuallyVectorized.apply(xs, ws).blockUntilReady(); }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Array openclJitCacheHitAddF32x4() { return tinyAdd.apply(x4, y4).blockUntilReady(); }

    @Benchmark
    public Array openclDotGeneralF32x1024() { return Jnp.matmul(m1, m2).blockUntilReady(); }

    /** One eager add of f32[4] on the device, waited for: launch plus round trip to the device. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Array openclLaunchAndWaitAddF32x4() { return Lax.add(x4, y4).blockUntilReady(); }

    /** {@value #CHAIN} dependent eager adds of f32[4] enqueued back to back, waited for once: the cost of one launch in a pipeline. */
    @Benchmark
    @OperationsPerInvocation(CHAIN)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Array openclPipelinedAddF32x4() {
        Array r = x4;
        for (int i = 0; i < CHAIN; i++) r = Lax.add(r, y4);
        return r.blockUntilReady();
    }
}
