package org.jaxpresso.backend.cpu;

import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ArgReduce;
import org.jaxpresso.core.Cumulative;
import org.jaxpresso.core.DotDimensionNumbers;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Reduce;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/**
 * Reference loops for reductions and contractions. Floats accumulate in {@code double} and are
 * rounded once when stored; ints accumulate in {@code long} and wrap when stored; bools are 0/1.
 * Float max/min propagate NaN. Empty reductions give the monoid's identity.
 */
final class ReductionKernels {
    private ReductionKernels() {}

    // ---- dot_general --------------------------------------------------------------------------

    /**
     * Output dimensions are batch, lhs free, rhs free. For each output element the lhs and rhs
     * are read at a base offset (from its batch and free indices) plus the offsets of every
     * contracting index.
     */
    static Buffer dotGeneral(DotGeneral d, Buffer lhs, ShapedArray lhsAval, Buffer rhs, ShapedArray rhsAval, ShapedArray out) {
        DotDimensionNumbers dn = d.dimensionNumbers();
        Shape ls = lhsAval.shape();
        Shape rs = rhsAval.shape();
        int[] lStrides = ls.strides();
        int[] rStrides = rs.strides();
        int[] lFree = freeAxes(ls.rank(), dn.lhsContracting(), dn.lhsBatch());
        int[] rFree = freeAxes(rs.rank(), dn.rhsContracting(), dn.rhsBatch());
        int nb = dn.lhsBatch().size();

        // Strides of lhs and rhs per output axis: batch axes move both, free axes move one side.
        int[] lOut = new int[out.rank()];
        int[] rOut = new int[out.rank()];
        for (int k = 0; k < nb; k++) {
            lOut[k] = lStrides[dn.lhsBatch().get(k)];
            rOut[k] = rStrides[dn.rhsBatch().get(k)];
        }
        for (int k = 0; k < lFree.length; k++) lOut[nb + k] = lStrides[lFree[k]];
        for (int k = 0; k < rFree.length; k++) rOut[nb + lFree.length + k] = rStrides[rFree[k]];
        int[] lBase = Strides.offsets(out.shape(), lOut, 0);
        int[] rBase = Strides.offsets(out.shape(), rOut, 0);

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

        int n = lBase.length;
        Buffer r = Buffer.allocate(out.dtype(), n);
        boolean integral = !lhsAval.dtype().isFloating() && !rhsAval.dtype().isFloating() && !out.dtype().isFloating();
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) org.jaxpresso.backend.Cancellation.checkpoint();
            if (integral) {
                long acc = 0;
                for (int k = 0; k < lc.length; k++) acc += lhs.getLong(lBase[i] + lc[k]) * rhs.getLong(rBase[i] + rc[k]);
                r.setLong(i, acc);
            } else {
                double acc = 0;
                for (int k = 0; k < lc.length; k++) acc += lhs.getDouble(lBase[i] + lc[k]) * rhs.getDouble(rBase[i] + rc[k]);
                r.setDouble(i, acc);
            }
        }
        return r;
    }

    private static int[] freeAxes(int rank, IntTuple contracting, IntTuple batch) {
        int[] free = new int[rank - contracting.size() - batch.size()];
        for (int a = 0, j = 0; a < rank; a++) if (!contracting.contains(a) && !batch.contains(a)) free[j++] = a;
        return free;
    }

    // ---- reduce -------------------------------------------------------------------------------

    static Buffer reduce(Reduce red, Buffer x, ShapedArray xAval, ShapedArray out) {
        Shape s = xAval.shape();
        // Each input element lands on the output element of its kept indices: reduced axes have stride 0.
        int[] outStrides = out.shape().strides();
        int[] toOut = new int[s.rank()];
        for (int a = 0, j = 0; a < s.rank(); a++) if (!red.axes().contains(a)) toOut[a] = outStrides[j++];
        int[] target = Strides.offsets(s, toOut, 0);
        int m = out.shape().size();
        Buffer r = Buffer.allocate(out.dtype(), m);
        Reduce.Op op = red.op();
        if (xAval.dtype().isFloating()) {
            double[] acc = new double[m];
            java.util.Arrays.fill(acc, ScalarOps.floatIdentity(op));
            for (int i = 0; i < target.length; i++) acc[target[i]] = ScalarOps.combineFloat(op, acc[target[i]], x.getDouble(i));
            for (int j = 0; j < m; j++) r.setDouble(j, acc[j]);
        } else {
            long[] acc = new long[m];
            java.util.Arrays.fill(acc, ScalarOps.intIdentity(op, xAval.dtype()));
            for (int i = 0; i < target.length; i++) acc[target[i]] = ScalarOps.combineInt(op, acc[target[i]], x.getLong(i));
            for (int j = 0; j < m; j++) r.setLong(j, acc[j]);
        }
        return r;
    }





    // ---- argmax / argmin ----------------------------------------------------------------------

    /** The first index of the extreme value; a NaN counts as the extreme (its first occurrence wins), as numpy does. */
    static Buffer argReduce(ArgReduce a, Buffer x, ShapedArray xAval, ShapedArray out) {
        Shape s = xAval.shape();
        int axis = a.axis();
        int[] strides = s.strides();
        int step = strides[axis];
        int len = s.dim(axis);
        int[] starts = Strides.offsets(out.shape(), removeAxis(strides, axis), 0);
        Buffer r = Buffer.allocate(out.dtype(), starts.length);
        boolean max = a.op() == ArgReduce.Op.ARGMAX;
        for (int j = 0; j < starts.length; j++) {
            int best = 0;
            if (xAval.dtype().isFloating()) {
                double bestValue = x.getDouble(starts[j]);
                for (int k = 1; k < len && !Double.isNaN(bestValue); k++) {
                    double v = x.getDouble(starts[j] + k * step);
                    if (Double.isNaN(v) || (max ? v > bestValue : v < bestValue)) {
                        best = k;
                        bestValue = v;
                    }
                }
            } else {
                long bestValue = x.getLong(starts[j]);
                for (int k = 1; k < len; k++) {
                    long v = x.getLong(starts[j] + k * step);
                    if (max ? v > bestValue : v < bestValue) {
                        best = k;
                        bestValue = v;
                    }
                }
            }
            r.setLong(j, best);
        }
        return r;
    }

    private static int[] removeAxis(int[] values, int axis) {
        int[] r = new int[values.length - 1];
        for (int i = 0, j = 0; i < values.length; i++) if (i != axis) r[j++] = values[i];
        return r;
    }

    // ---- cumulative ---------------------------------------------------------------------------

    /** Inclusive scans along one axis, from the end when {@code reverse}. */
    static Buffer cumulative(Cumulative c, Buffer x, ShapedArray xAval, ShapedArray out) {
        Shape s = xAval.shape();
        int axis = c.axis();
        int[] strides = s.strides();
        int step = strides[axis];
        int len = s.dim(axis);
        int[] starts = Strides.offsets(s.remove(axis), removeAxis(strides, axis), 0);
        Buffer r = Buffer.allocate(out.dtype(), x.size());
        boolean floating = xAval.dtype().isFloating();
        for (int start : starts) {
            double facc = 0;
            long iacc = 0;
            for (int k = 0; k < len; k++) {
                int at = start + (c.reverse() ? len - 1 - k : k) * step;
                if (floating) {
                    double v = x.getDouble(at);
                    facc = k == 0 ? v : switch (c.op()) {
                        case CUMSUM -> facc + v;
                        case CUMPROD -> facc * v;
                        case CUMMAX -> Math.max(facc, v);
                        case CUMMIN -> Math.min(facc, v);
                    };
                    r.setDouble(at, facc);
                } else {
                    long v = x.getLong(at);
                    iacc = k == 0 ? v : switch (c.op()) {
                        case CUMSUM -> iacc + v;
                        case CUMPROD -> iacc * v;
                        case CUMMAX -> Math.max(iacc, v);
                        case CUMMIN -> Math.min(iacc, v);
                    };
                    r.setLong(at, iacc);
                }
            }
        }
        return r;
    }
}
