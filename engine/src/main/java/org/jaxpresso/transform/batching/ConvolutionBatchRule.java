package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ConvDimensionNumbers;
import org.jaxpresso.core.ConvGeneralDilated;
import org.jaxpresso.transform.batching.BatchRules.Result;

/**
 * JAX's {@code _conv_general_dilated_batch_rule}: the vmapped dimension is folded into a dimension
 * the convolution already has — the lhs batch dimension, the rhs output-feature dimension, or
 * (both batched) the feature groups — and unfolded from the output afterwards.
 */
final class ConvolutionBatchRule {
    private ConvolutionBatchRule() {}

    static Result apply(ConvGeneralDilated c, List<Array> xs, int[] dims) {
        Array lhs = xs.get(0);
        Array rhs = xs.get(1);
        int lbd = dims[0];
        int rbd = dims[1];
        ConvDimensionNumbers dn = c.dimensionNumbers();
        int lhsBatch = dn.lhsSpec().get(0);
        int lhsFeature = dn.lhsSpec().get(1);
        int rhsOut = dn.rhsSpec().get(0);
        int outBatch = dn.outSpec().get(0);
        int outFeature = dn.outSpec().get(1);
        if (lbd != NOT_MAPPED && rbd == NOT_MAPPED && c.batchGroupCount() == 1) {
            int size = lhs.shape(lbd);
            Array out = conv(c, foldInto(lbd, lhsBatch, lhs), rhs, c.featureGroupCount(), c.batchGroupCount());
            return Result.of(unfold(outBatch, size, out), outBatch);
        }
        if (lbd == NOT_MAPPED && c.featureGroupCount() == 1 && c.batchGroupCount() == 1) {
            int size = rhs.shape(rbd);
            Array out = conv(c, lhs, foldInto(rbd, rhsOut, rhs), 1, 1);
            return Result.of(unfold(outFeature, size, out), outFeature);
        }
        // Both batched (an unbatched side is broadcast first): one grouped convolution.
        int size = lbd != NOT_MAPPED ? lhs.shape(lbd) : rhs.shape(rbd);
        if (lbd == NOT_MAPPED) {
            lhs = BatchDims.broadcast(lhs, size, 0);
            lbd = 0;
        }
        if (rbd == NOT_MAPPED) {
            rhs = BatchDims.broadcast(rhs, size, 0);
            rbd = 0;
        }
        int featureGroups = c.featureGroupCount();
        int batchGroups = c.batchGroupCount();
        Array newLhs;
        if (batchGroups > 1) {
            newLhs = foldInto(lbd, lhsBatch, lhs);
            batchGroups *= size;
        } else {
            newLhs = foldInto(lbd, lhsFeature, lhs);
            featureGroups *= size;
        }
        Array out = conv(c, newLhs, foldInto(rbd, rhsOut, rhs), featureGroups, batchGroups);
        return Result.of(unfold(outFeature, size, out), outFeature);
    }

    private static Array conv(ConvGeneralDilated c, Array lhs, Array rhs, int featureGroups, int batchGroups) {
        int[][] padding = new int[c.padding().size()][];
        for (int i = 0; i < padding.length; i++) padding[i] = c.padding().get(i).toArray();
        return Lax.convGeneralDilated(lhs, rhs, c.windowStrides().toArray(), padding, c.lhsDilation().toArray(), c.rhsDilation().toArray(),
                c.dimensionNumbers(), featureGroups, batchGroups, c.preferredElementType());
    }

    /**
     * {@code _reshape_axis_into}: axis {@code src} merged into axis {@code dst} (numbered without
     * {@code src}) as its major part — a transpose that puts {@code src} just before it, then a reshape.
     */
    static Array foldInto(int src, int dst, Array x) {
        int n = x.ndim();
        int[] perm = new int[n];
        int[] shape = new int[n - 1];
        for (int i = 0, j = 0; i < n; i++) {
            if (i == src) continue;
            shape[j++] = x.shape(i);
        }
        shape[dst] *= x.shape(src);
        for (int i = 0, j = 0; i < n; i++) {
            if (j == src) j++;
            perm[i] = i == dst ? src : j++;
        }
        boolean identity = true;
        for (int i = 0; i < n; i++) identity &= perm[i] == i;
        return Lax.reshape(identity ? x : Lax.transpose(x, perm), shape);
    }

    /** {@code _reshape_axis_out_of}: axis {@code src} of size {@code size1 * k} split into {@code (size1, k)}. */
    static Array unfold(int src, int size1, Array x) {
        int[] shape = x.shape().dims();
        int[] out = new int[shape.length + 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i == src) {
                out[j++] = size1;
                out[j++] = shape[i] / size1;
            } else {
                out[j++] = shape[i];
            }
        }
        return Lax.reshape(x, out);
    }
}
