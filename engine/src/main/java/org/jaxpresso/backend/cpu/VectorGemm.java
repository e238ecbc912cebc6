package org.jaxpresso.backend.cpu;

import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM on the Vector API ({@code jdk.incubator.vector}), in the usual blocked form: a
 * {@code KC × NC} panel of B and an {@code MC × KC} block of A are packed into contiguous strips
 * (B in strips of {@code NR} columns, A in strips of {@code MR} rows, zero-padded), and a
 * register-tiled micro-kernel accumulates an {@code MR × NR} tile of C with fused multiply-adds
 * ({@code MR} rows × two vectors). Row blocks of A run in parallel.
 *
 * <p>Only {@link Gemm} calls this class, and only after checking that the incubator module is
 * present: loading it without the module fails.
 *
 * <p>Operands are general strided views: {@code A(i, p) = a[aOff + i*aRs + p*aCs]},
 * {@code B(p, j) = b[bOff + p*bRs + j*bCs]}; C is row-major {@code m × n} at {@code cOff} and
 * is overwritten.
 */
final class VectorGemm {
    private VectorGemm() {}

    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DS = DoubleVector.SPECIES_PREFERRED;
    private static final int MR = 6;
    private static final int KC = 256;
    private static final int MC = 16 * MR;
    private static final int NC = 4096;
    /** Below this many multiply-adds the row blocks run on the calling thread. */
    private static final long PARALLEL_WORK = 1L << 21;

    // ---- float32 --------------------------------------------------------------------------------

    static void sgemm(int m, int n, int k, float[] a, int aOff, int aRs, int aCs,
                      float[] b, int bOff, int bRs, int bCs, float[] c, int cOff) {
        int lanes = FS.length();
        int nr = 2 * lanes;
        for (int i = 0; i < m; i++) java.util.Arrays.fill(c, cOff + i * n, cOff + i * n + n, 0f);
        boolean parallel = (long) m * n * k >= PARALLEL_WORK;
        int mBlocks = (m + MC - 1) / MC;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            int strips = (nc + nr - 1) / nr;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                float[] bp = new float[strips * kc * nr];
                for (int s = 0; s < strips; s++) {
                    int base = s * kc * nr;
                    int cols = Math.min(nr, nc - s * nr);
                    for (int p = 0; p < kc; p++) {
                        int src = bOff + (pc + p) * bRs + (jc + s * nr) * bCs;
                        int dst = base + p * nr;
                        for (int j = 0; j < cols; j++) bp[dst + j] = b[src + j * bCs];
                    }
                }
                int jc0 = jc;
                int pc0 = pc;
                IntStream blocks = IntStream.range(0, mBlocks);
                (parallel ? blocks.parallel() : blocks).forEach(blk -> {
                    int ic = blk * MC;
                    int mc = Math.min(MC, m - ic);
                    int rowStrips = (mc + MR - 1) / MR;
                    float[] ap = new float[rowStrips * kc * MR];
                    for (int s = 0; s < rowStrips; s++) {
                        int rows = Math.min(MR, mc - s * MR);
                        int base = s * kc * MR;
                        for (int r = 0; r < rows; r++) {
                            int src = aOff + (ic + s * MR + r) * aRs + pc0 * aCs;
                            for (int p = 0; p < kc; p++) ap[base + p * MR + r] = a[src + p * aCs];
                        }
                    }
                    float[] tile = new float[MR * nr];
                    for (int js = 0; js < strips; js++) {
                        int cols = Math.min(nr, nc - js * nr);
                        for (int s = 0; s < rowStrips; s++) {
                            int rows = Math.min(MR, mc - s * MR);
                            int cAt = cOff + (ic + s * MR) * n + jc0 + js * nr;
                            if (rows == MR && cols == nr) {
                                floatTile(kc, ap, s * kc * MR, bp, js * kc * nr, c, cAt, n);
                            } else {
                                java.util.Arrays.fill(tile, 0f);
                                floatTile(kc, ap, s * kc * MR, bp, js * kc * nr, tile, 0, nr);
                                for (int r = 0; r < rows; r++) {
                                    for (int j = 0; j < cols; j++) c[cAt + r * n + j] += tile[r * nr + j];
                                }
                            }
                        }
                    }
                });
            }
        }
    }

    /** {@code C[MR × 2 lanes] += Ap · Bp} over {@code kc} packed steps; C has leading dimension {@code ldc}. */
    private static void floatTile(int kc, float[] ap, int aAt, float[] bp, int bAt, float[] c, int cAt, int ldc) {
        int l = FS.length();
        FloatVector c00 = FloatVector.fromArray(FS, c, cAt), c01 = FloatVector.fromArray(FS, c, cAt + l);
        FloatVector c10 = FloatVector.fromArray(FS, c, cAt + ldc), c11 = FloatVector.fromArray(FS, c, cAt + ldc + l);
        FloatVector c20 = FloatVector.fromArray(FS, c, cAt + 2 * ldc), c21 = FloatVector.fromArray(FS, c, cAt + 2 * ldc + l);
        FloatVector c30 = FloatVector.fromArray(FS, c, cAt + 3 * ldc), c31 = FloatVector.fromArray(FS, c, cAt + 3 * ldc + l);
        FloatVector c40 = FloatVector.fromArray(FS, c, cAt + 4 * ldc), c41 = FloatVector.fromArray(FS, c, cAt + 4 * ldc + l);
        FloatVector c50 = FloatVector.fromArray(FS, c, cAt + 5 * ldc), c51 = FloatVector.fromArray(FS, c, cAt + 5 * ldc + l);
        int nr = 2 * l;
        for (int p = 0; p < kc; p++) {
            int bi = bAt + p * nr;
            int ai = aAt + p * MR;
            FloatVector b0 = FloatVector.fromArray(FS, bp, bi);
            FloatVector b1 = FloatVector.fromArray(FS, bp, bi + l);
            FloatVector x = FloatVector.broadcast(FS, ap[ai]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(FS, ap[ai + 1]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(FS, ap[ai + 2]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(FS, ap[ai + 3]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(FS, ap[ai + 4]);
            c40 = x.fma(b0, c40); c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(FS, ap[ai + 5]);
            c50 = x.fma(b0, c50); c51 = x.fma(b1, c51);
        }
        c00.intoArray(c, cAt); c01.intoArray(c, cAt + l);
        c10.intoArray(c, cAt + ldc); c11.intoArray(c, cAt + ldc + l);
        c20.intoArray(c, cAt + 2 * ldc); c21.intoArray(c, cAt + 2 * ldc + l);
        c30.intoArray(c, cAt + 3 * ldc); c31.intoArray(c, cAt + 3 * ldc + l);
        c40.intoArray(c, cAt + 4 * ldc); c41.intoArray(c, cAt + 4 * ldc + l);
        c50.intoArray(c, cAt + 5 * ldc); c51.intoArray(c, cAt + 5 * ldc + l);
    }

    // ---- float64 --------------------------------------------------------------------------------

    static void dgemm(int m, int n, int k, double[] a, int aOff, int aRs, int aCs,
                      double[] b, int bOff, int bRs, int bCs, double[] c, int cOff) {
        int lanes = DS.length();
        int nr = 2 * lanes;
        for (int i = 0; i < m; i++) java.util.Arrays.fill(c, cOff + i * n, cOff + i * n + n, 0d);
        boolean parallel = (long) m * n * k >= PARALLEL_WORK;
        int mBlocks = (m + MC - 1) / MC;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            int strips = (nc + nr - 1) / nr;
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                double[] bp = new double[strips * kc * nr];
                for (int s = 0; s < strips; s++) {
                    int base = s * kc * nr;
                    int cols = Math.min(nr, nc - s * nr);
                    for (int p = 0; p < kc; p++) {
                        int src = bOff + (pc + p) * bRs + (jc + s * nr) * bCs;
                        int dst = base + p * nr;
                        for (int j = 0; j < cols; j++) bp[dst + j] = b[src + j * bCs];
                    }
                }
                int jc0 = jc;
                int pc0 = pc;
                IntStream blocks = IntStream.range(0, mBlocks);
                (parallel ? blocks.parallel() : blocks).forEach(blk -> {
                    int ic = blk * MC;
                    int mc = Math.min(MC, m - ic);
                    int rowStrips = (mc + MR - 1) / MR;
                    double[] ap = new double[rowStrips * kc * MR];
                    for (int s = 0; s < rowStrips; s++) {
                        int rows = Math.min(MR, mc - s * MR);
                        int base = s * kc * MR;
                        for (int r = 0; r < rows; r++) {
                            int src = aOff + (ic + s * MR + r) * aRs + pc0 * aCs;
                            for (int p = 0; p < kc; p++) ap[base + p * MR + r] = a[src + p * aCs];
                        }
                    }
                    double[] tile = new double[MR * nr];
                    for (int js = 0; js < strips; js++) {
                        int cols = Math.min(nr, nc - js * nr);
                        for (int s = 0; s < rowStrips; s++) {
                            int rows = Math.min(MR, mc - s * MR);
                            int cAt = cOff + (ic + s * MR) * n + jc0 + js * nr;
                            if (rows == MR && cols == nr) {
                                doubleTile(kc, ap, s * kc * MR, bp, js * kc * nr, c, cAt, n);
                            } else {
                                java.util.Arrays.fill(tile, 0d);
                                doubleTile(kc, ap, s * kc * MR, bp, js * kc * nr, tile, 0, nr);
                                for (int r = 0; r < rows; r++) {
                                    for (int j = 0; j < cols; j++) c[cAt + r * n + j] += tile[r * nr + j];
                                }
                            }
                        }
                    }
                });
            }
        }
    }

    private static void doubleTile(int kc, double[] ap, int aAt, double[] bp, int bAt, double[] c, int cAt, int ldc) {
        int l = DS.length();
        DoubleVector c00 = DoubleVector.fromArray(DS, c, cAt), c01 = DoubleVector.fromArray(DS, c, cAt + l);
        DoubleVector c10 = DoubleVector.fromArray(DS, c, cAt + ldc), c11 = DoubleVector.fromArray(DS, c, cAt + ldc + l);
        DoubleVector c20 = DoubleVector.fromArray(DS, c, cAt + 2 * ldc), c21 = DoubleVector.fromArray(DS, c, cAt + 2 * ldc + l);
        DoubleVector c30 = DoubleVector.fromArray(DS, c, cAt + 3 * ldc), c31 = DoubleVector.fromArray(DS, c, cAt + 3 * ldc + l);
        DoubleVector c40 = DoubleVector.fromArray(DS, c, cAt + 4 * ldc), c41 = DoubleVector.fromArray(DS, c, cAt + 4 * ldc + l);
        DoubleVector c50 = DoubleVector.fromArray(DS, c, cAt + 5 * ldc), c51 = DoubleVector.fromArray(DS, c, cAt + 5 * ldc + l);
        int nr = 2 * l;
        for (int p = 0; p < kc; p++) {
            int bi = bAt + p * nr;
            int ai = aAt + p * MR;
            DoubleVector b0 = DoubleVector.fromArray(DS, bp, bi);
            DoubleVector b1 = DoubleVector.fromArray(DS, bp, bi + l);
            DoubleVector x = DoubleVector.broadcast(DS, ap[ai]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(DS, ap[ai + 1]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(DS, ap[ai + 2]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(DS, ap[ai + 3]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(DS, ap[ai + 4]);
            c40 = x.fma(b0, c40); c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(DS, ap[ai + 5]);
            c50 = x.fma(b0, c50); c51 = x.fma(b1, c51);
        }
        c00.intoArray(c, cAt); c01.intoArray(c, cAt + l);
        c10.intoArray(c, cAt + ldc); c11.intoArray(c, cAt + ldc + l);
        c20.intoArray(c, cAt + 2 * ldc); c21.intoArray(c, cAt + 2 * ldc + l);
        c30.intoArray(c, cAt + 3 * ldc); c31.intoArray(c, cAt + 3 * ldc + l);
        c40.intoArray(c, cAt + 4 * ldc); c41.intoArray(c, cAt + 4 * ldc + l);
        c50.intoArray(c, cAt + 5 * ldc); c51.intoArray(c, cAt + 5 * ldc + l);
    }
}
