package org.jaxpresso.backend.cpu;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * GEMM in plain Java, for when neither OpenBLAS nor the Vector API is there: a {@code KC × n}
 * panel of B is packed row-major, then every row of C accumulates {@code A(i, p) · B(p, :)} over
 * the panel in an inner loop that the JIT vectorises. Rows run in parallel for large products.
 * Operands are strided views as in {@link VectorGemm}; C is row-major {@code m × n}, overwritten.
 */
final class ScalarGemm {
    private ScalarGemm() {}

    private static final int KC = 128;
    private static final long PARALLEL_WORK = 1L << 21;

    static void sgemm(int m, int n, int k, float[] a, int aOff, int aRs, int aCs,
                      float[] b, int bOff, int bRs, int bCs, float[] c, int cOff) {
        for (int i = 0; i < m; i++) Arrays.fill(c, cOff + i * n, cOff + i * n + n, 0f);
        for (int pc = 0; pc < k; pc += KC) {
            int kc = Math.min(KC, k - pc);
            float[] bp = new float[kc * n];
            for (int p = 0; p < kc; p++) {
                for (int j = 0; j < n; j++) bp[p * n + j] = b[bOff + (pc + p) * bRs + j * bCs];
            }
            int pc0 = pc;
            IntStream rows = IntStream.range(0, m);
            (parallel(m, n, k) ? rows.parallel() : rows).forEach(i -> {
                int ci = cOff + i * n;
                for (int p = 0; p < kc; p++) {
                    float x = a[aOff + i * aRs + (pc0 + p) * aCs];
                    int bi = p * n;
                    for (int j = 0; j < n; j++) c[ci + j] += x * bp[bi + j];
                }
            });
        }
    }

    static void dgemm(int m, int n, int k, double[] a, int aOff, int aRs, int aCs,
                      double[] b, int bOff, int bRs, int bCs, double[] c, int cOff) {
        for (int i = 0; i < m; i++) Arrays.fill(c, cOff + i * n, cOff + i * n + n, 0d);
        for (int pc = 0; pc < k; pc += KC) {
            int kc = Math.min(KC, k - pc);
            double[] bp = new double[kc * n];
            for (int p = 0; p < kc; p++) {
                for (int j = 0; j < n; j++) bp[p * n + j] = b[bOff + (pc + p) * bRs + j * bCs];
            }
            int pc0 = pc;
            IntStream rows = IntStream.range(0, m);
            (parallel(m, n, k) ? rows.parallel() : rows).forEach(i -> {
                int ci = cOff + i * n;
                for (int p = 0; p < kc; p++) {
                    double x = a[aOff + i * aRs + (pc0 + p) * aCs];
                    int bi = p * n;
                    for (int j = 0; j < n; j++) c[ci + j] += x * bp[bi + j];
                }
            });
        }
    }

    private static boolean parallel(int m, int n, int k) { return (long) m * n * k >= PARALLEL_WORK; }
}
