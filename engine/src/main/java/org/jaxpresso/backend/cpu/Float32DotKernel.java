package org.jaxpresso.backend.cpu;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.DotDimensionNumbers;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/**
 * {@code dot_general} of two float32 operands into float32, for any dimension numbers: the
 * reference's algorithm (each output element sums the products over the contracting indices in
 * row-major order, in {@code double}, rounded once to float32) read straight from the backing
 * arrays, with the contracting offsets computed once. Same order, same precision, so the same
 * values as the reference.
 */
final class Float32DotKernel {
    private Float32DotKernel() {}

    static Buffer dotGeneral(DotGeneral d, float[] lhs, ShapedArray lhsAval, float[] rhs, ShapedArray rhsAval, ShapedArray out) {
        DotDimensionNumbers dn = d.dimensionNumbers();
        Shape ls = lhsAval.shape();
        Shape rs = rhsAval.shape();
        int[] lStrides = ls.strides();
        int[] rStrides = rs.strides();
        int[] lFree = freeAxes(ls.rank(), dn.lhsContracting(), dn.lhsBatch());
        int[] rFree = freeAxes(rs.rank(), dn.rhsContracting(), dn.rhsBatch());
        int nb = dn.lhsBatch().size();

        int outRank = out.rank();
        int[] outDims = out.shape().dims();
        int[] lOut = new int[outRank];
        int[] rOut = new int[outRank];
        for (int k = 0; k < nb; k++) {
            lOut[k] = lStrides[dn.lhsBatch().get(k)];
            rOut[k] = rStrides[dn.rhsBatch().get(k)];
        }
        for (int k = 0; k < lFree.length; k++) lOut[nb + k] = lStrides[lFree[k]];
        for (int k = 0; k < rFree.length; k++) rOut[nb + lFree.length + k] = rStrides[rFree[k]];

        int nc = dn.lhsContracting().size();
        int[] contractDims = new int[nc];
        int[] lContract = new int[nc];
        int[] rContract = new int[nc];
        for (int k = 0; k < nc; k++) {
            contractDims[k] = ls.dim(dn.lhsContracting().get(k));
            lContract[k] = lStrides[dn.lhsContracting().get(k)];
            rContract[k] = rStrides[dn.rhsContracting().get(k)];
        }
        int[] lc = Strides.offsets(contractDims, lContract, 0);
        int[] rc = Strides.offsets(contractDims, rContract, 0);
        int m = lc.length;

        int n = out.shape().size();
        float[] r = new float[n];
        if (n == 0) return Buffer.wrap(r);
        int[] index = new int[outRank];
        int lBase = 0;
        int rBase = 0;
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int k = 0; k < m; k++) acc += (double) lhs[lBase + lc[k]] * (double) rhs[rBase + rc[k]];
            r[i] = (float) acc;
            for (int a = outRank - 1; a >= 0; a--) {
                lBase += lOut[a];
                rBase += rOut[a];
                if (++index[a] < outDims[a]) break;
                lBase -= lOut[a] * outDims[a];
                rBase -= rOut[a] * outDims[a];
                index[a] = 0;
            }
        }
        return Buffer.wrap(r);
    }

    private static int[] freeAxes(int rank, IntTuple contracting, IntTuple batch) {
        int[] free = new int[rank - contracting.size() - batch.size()];
        for (int a = 0, j = 0; a < rank; a++) if (!contracting.contains(a) && !batch.contains(a)) free[j++] = a;
        return free;
    }
}
