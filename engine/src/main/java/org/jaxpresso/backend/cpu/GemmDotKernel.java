package org.jaxpresso.backend.cpu;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.DotDimensionNumbers;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/**
 * float32 and float64 {@code dot_general} as GEMM ({@link Gemm}), for any dimension numbers. The
 * lhs is viewed as {@code [B, M, K]} and the rhs as {@code [B, K, N]}, where B merges the batch
 * axes, M the lhs free axes, N the rhs free axes and K the contracting axes (in the dimension
 * numbers' order). An operand whose memory order already is one of the two GEMM layouts (plain
 * or transposed, ignoring size-1 axes) is used in place; any other is first copied into the plain
 * layout. The output {@code [batch, lhs free, rhs free]} is exactly GEMM's row-major
 * {@code [B, M, N]}; batches run one GEMM each. Since free axes merge, a batched lhs against an
 * unbatched weight (what vmap makes of {@code x @ W}) is a single GEMM with {@code M = batch × rows}.
 *
 * <p>GEMM sums in the operands' precision and in its own order, so results differ from the
 * reference (which accumulates float32 in double, in index order) by rounding; products too
 * small to gain from GEMM ({@link #worthGemm}) are declined and stay exact.
 */
final class GemmDotKernel {
    private GemmDotKernel() {}

    /** Smallest contraction length and per-batch multiply-add count for which GEMM is used. */
    static final int MIN_K = 8;
    static final long MIN_WORK = 1L << 14;

    /** The result, or {@code null} when the dtypes are not float32/float64 or the product is small. */
    static Buffer dotGeneral(DotGeneral d, Buffer lhs, ShapedArray lhsAval, Buffer rhs, ShapedArray rhsAval, ShapedArray out) {
        boolean f32 = lhs.data() instanceof float[] && rhs.data() instanceof float[] && out.dtype() == org.jaxpresso.DType.FLOAT32;
        boolean f64 = lhs.data() instanceof double[] && rhs.data() instanceof double[] && out.dtype() == org.jaxpresso.DType.FLOAT64;
        if (!f32 && !f64) return null;
        DotDimensionNumbers dn = d.dimensionNumbers();
        Shape ls = lhsAval.shape();
        Shape rs = rhsAval.shape();
        int[] lBatch = dn.lhsBatch().toArray();
        int[] rBatch = dn.rhsBatch().toArray();
        int[] lContract = dn.lhsContracting().toArray();
        int[] rContract = dn.rhsContracting().toArray();
        int[] lFree = freeAxes(ls.rank(), dn.lhsContracting(), dn.lhsBatch());
        int[] rFree = freeAxes(rs.rank(), dn.rhsContracting(), dn.rhsBatch());
        long b = product(ls, lBatch);
        long m = product(ls, lFree);
        long n = product(rs, rFree);
        long k = product(ls, lContract);
        if (!worthGemm(m, n, k)) return null;

        // lhs: plain [B, M, K] or transposed [B, K, M]; rhs: plain [B, K, N] or transposed [B, N, K].
        int[] lPlain = concat(lBatch, lFree, lContract);
        boolean lTrans = !inMemoryOrder(ls, lPlain) && inMemoryOrder(ls, concat(lBatch, lContract, lFree));
        boolean lCopy = !lTrans && !inMemoryOrder(ls, lPlain);
        int[] rPlain = concat(rBatch, rContract, rFree);
        boolean rTrans = !inMemoryOrder(rs, rPlain) && inMemoryOrder(rs, concat(rBatch, rFree, rContract));
        boolean rCopy = !rTrans && !inMemoryOrder(rs, rPlain);
        int mi = (int) m;
        int ni = (int) n;
        int ki = (int) k;
        int lda = Math.max(1, lTrans ? mi : ki);
        int ldb = Math.max(1, rTrans ? ki : ni);
        int aStride = mi * ki;
        int bStride = ki * ni;
        int cStride = mi * ni;
        if (f32) {
            float[] a = lCopy ? PermutedCopy.floats((float[]) lhs.data(), ls, lPlain) : (float[]) lhs.data();
            float[] bb = rCopy ? PermutedCopy.floats((float[]) rhs.data(), rs, rPlain) : (float[]) rhs.data();
            float[] c = new float[out.shape().size()];
            for (int i = 0; i < b; i++) {
                Gemm.sgemm(lTrans, rTrans, mi, ni, ki, a, i * aStride, lda, bb, i * bStride, ldb, c, i * cStride);
            }
            return Buffer.wrap(c);
        }
        double[] a = lCopy ? PermutedCopy.doubles((double[]) lhs.data(), ls, lPlain) : (double[]) lhs.data();
        double[] bb = rCopy ? PermutedCopy.doubles((double[]) rhs.data(), rs, rPlain) : (double[]) rhs.data();
        double[] c = new double[out.shape().size()];
        for (int i = 0; i < b; i++) {
            Gemm.dgemm(lTrans, rTrans, mi, ni, ki, a, i * aStride, lda, bb, i * bStride, ldb, c, i * cStride);
        }
        return Buffer.wrap(c);
    }

    /** Whether one {@code m × k · k × n} product is large enough for GEMM to beat the exact loops. */
    static boolean worthGemm(long m, long n, long k) { return k >= MIN_K && m * n * k >= MIN_WORK; }

    /** Whether reading {@code shape}'s axes in {@code order} visits memory in row-major order (size-1 axes aside). */
    private static boolean inMemoryOrder(Shape shape, int[] order) {
        int last = -1;
        for (int axis : order) {
            if (shape.dim(axis) == 1) continue;
            if (axis < last) return false;
            last = axis;
        }
        return true;
    }

    private static long product(Shape s, int[] axes) {
        long p = 1;
        for (int a : axes) p *= s.dim(a);
        return p;
    }

    private static int[] concat(int[] x, int[] y, int[] z) {
        int[] out = new int[x.length + y.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        System.arraycopy(z, 0, out, x.length + y.length, z.length);
        return out;
    }

    private static int[] freeAxes(int rank, IntTuple contracting, IntTuple batch) {
        int[] free = new int[rank - contracting.size() - batch.size()];
        for (int a = 0, j = 0; a < rank; a++) if (!contracting.contains(a) && !batch.contains(a)) free[j++] = a;
        return free;
    }
}
