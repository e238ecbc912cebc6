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
 * Eager {@code dot_general} of two float32 [1024, 1024] matrices (a plain matmul,
 * 2.1 GFLOP a call) on each GEMM engine: OpenBLAS through the foreign function API (the default
 * when the library is installed), and the Java fallback on the Vector API, chosen per fork with
 * the {@code jaxpresso.gemm} system property. numpy_peer.py times {@code a @ b}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class DotGeneralBenchmark {
    static final int SIZE = 1024;
    private static final int[] CONTRACT_LHS = {1};
    private static final int[] CONTRACT_RHS = {0};

    private Array a;
    private Array b;

    @Setup
    public void setUp() {
        a = BenchArrays.uniformOfShape(1, SIZE, SIZE);
        b = BenchArrays.uniformOfShape(2, SIZE, SIZE);
    }

    @Benchmark
    public Array dotGeneralF32x1024() { return Lax.dotGeneral(a, b, CONTRACT_LHS, CONTRACT_RHS); }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
            "-Djaxpresso.gemm=java"})
    public Array dotGeneralF32x1024JavaGemm() { return Lax.dotGeneral(a, b, CONTRACT_LHS, CONTRACT_RHS); }
}
