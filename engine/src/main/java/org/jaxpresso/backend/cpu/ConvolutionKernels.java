package org.jaxpresso.backend.cpu;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ConvDimensionNumbers;
import org.jaxpresso.core.ConvGeneralDilated;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;

/**
 * The reference loop nest for {@code conv_general_dilated}: for every output element, sum
 * {@code lhs × rhs} over the input features of its group and the kernel window, reading the lhs
 * as if it were dilated by {@code lhs_dilation} and padded by {@code padding} (positions that fall
 * on a hole or in the padding contribute zero). Floats accumulate in double, ints in long.
 */
final class ConvolutionKernels {
    private ConvolutionKernels() {}

    static Buffer convGeneralDilated(ConvGeneralDilated c, Buffer lhs, ShapedArray lhsAval, Buffer rhs, ShapedArray rhsAval, ShapedArray out) {
        ConvDimensionNumbers dn = c.dimensionNumbers();
        Shape ls = lhsAval.shape();
        Shape rs = rhsAval.shape();
        Shape os = out.shape();
        int spatial = ls.rank() - 2;
        int[] lStr = ls.strides();
        int[] rStr = rs.strides();
        int[] oStr = os.strides();
        int outBatch = os.dim(dn.outSpec().get(0));
        int outFeatures = os.dim(dn.outSpec().get(1));
        int inFeaturesPerGroup = rs.dim(dn.rhsSpec().get(1));
        int outPerFeatureGroup = outFeatures / c.featureGroupCount();
        int outPerBatchGroup = outFeatures / c.batchGroupCount();
        int[] outSpatial = new int[spatial];
        int[] kernelSpatial = new int[spatial];
        int[] inSpatial = new int[spatial];
        for (int i = 0; i < spatial; i++) {
            outSpatial[i] = os.dim(dn.outSpec().get(2 + i));
            kernelSpatial[i] = rs.dim(dn.rhsSpec().get(2 + i));
            inSpatial[i] = ls.dim(dn.lhsSpec().get(2 + i));
        }
        Shape outWindow = Shape.of(outSpatial);
        Shape kernelWindow = Shape.of(kernelSpatial);
        boolean floating = out.dtype().isFloating();
        Buffer result = Buffer.allocate(out.dtype(), os.size());
        int[] p = new int[spatial];
        int[] k = new int[spatial];
        for (int n = 0; n < outBatch; n++) {
            for (int o = 0; o < outFeatures; o++) {
                int featureGroup = o / outPerFeatureGroup;
                int lhsBatch = (o / outPerBatchGroup) * outBatch + n;
                java.util.Arrays.fill(p, 0);
                for (int pf = 0; pf < outWindow.size(); pf++) {
                    if ((pf & 1023) == 0) org.jaxpresso.backend.Cancellation.checkpoint();
                    double accD = 0;
                    long accL = 0;
                    for (int i = 0; i < inFeaturesPerGroup; i++) {
                        int lhsFeature = featureGroup * inFeaturesPerGroup + i;
                        int lBase = lhsBatch * lStr[dn.lhsSpec().get(0)] + lhsFeature * lStr[dn.lhsSpec().get(1)];
                        int rBase = o * rStr[dn.rhsSpec().get(0)] + i * rStr[dn.rhsSpec().get(1)];
                        java.util.Arrays.fill(k, 0);
                        for (int kf = 0; kf < kernelWindow.size(); kf++) {
                            int lOff = lBase;
                            boolean inside = true;
                            for (int d = 0; d < spatial && inside; d++) {
                                int q = p[d] * c.windowStrides().get(d) + k[d] * c.rhsDilation().get(d) - c.padding().get(d).get(0);
                                int dil = c.lhsDilation().get(d);
                                if (q < 0 || q % dil != 0 || q / dil >= inSpatial[d]) {
                                    inside = false;
                                } else {
                                    lOff += (q / dil) * lStr[dn.lhsSpec().get(2 + d)];
                                }
                            }
                            if (inside) {
                                int rOff = rBase;
                                for (int d = 0; d < spatial; d++) rOff += k[d] * rStr[dn.rhsSpec().get(2 + d)];
                                if (floating) {
                                    accD += lhs.getDouble(lOff) * rhs.getDouble(rOff);
                                } else if (out.dtype().isBool()) {
                                    accL |= lhs.getBool(lOff) && rhs.getBool(rOff) ? 1 : 0;
                                } else {
                                    accL += lhs.getLong(lOff) * rhs.getLong(rOff);
                                }
                            }
                            IndexingKernels.increment(k, kernelWindow);
                        }
                    }
                    int dst = n * oStr[dn.outSpec().get(0)] + o * oStr[dn.outSpec().get(1)];
                    for (int d = 0; d < spatial; d++) dst += p[d] * oStr[dn.outSpec().get(2 + d)];
                    if (floating) result.setDouble(dst, accD); else result.setLong(dst, accL);
                    IndexingKernels.increment(p, outWindow);
                }
            }
        }
        return result;
    }
}
