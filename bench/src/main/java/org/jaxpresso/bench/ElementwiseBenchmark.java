package org.jaxpresso.bench;

import java.util.concurrent.TimeUnit;
import org.jaxpresso.Array;
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
 * Throughput of one eager elementwise primitive over 10M float32 elements (40 MB per operand):
 * memory-bound for add/mul, compute-bound for tanh. numpy_peer.py times np.add/np.multiply/np.tanh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--sun-misc-unsafe-memory-access=allow"})
public class ElementwiseBenchmark {
    static final int SIZE = 10_000_000;

    private Array x;
    private Array y;

    @Setup
    public void setUp() {
        x = BenchArrays.uniform(SIZE, 1);
        y = BenchArrays.uniform(SIZE, 2);
    }

    @Benchmark
    public Array laxAddF32x10M() { return Lax.add(x, y); }

    @Benchmark
    public Array laxMulF32x10M() { return Lax.mul(x, y); }

    @Benchmark
    public Array laxTanhF32x10M() { return Lax.tanh(x); }
}
