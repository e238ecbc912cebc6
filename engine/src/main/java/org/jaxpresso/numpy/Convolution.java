package org.jaxpresso.numpy;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Index;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.ConvDimensionNumbers;
import org.jaxpresso.core.IntTuple;

/**
 * JAX's {@code _conv} for {@code jnp.convolve}: operands promoted to an inexact type, the
 * shorter one flipped ({@code rev}), both lifted to {@code (1, 1, n)} with {@code None}
 * indexing, one {@code conv_general_dilated} with the mode's padding, then {@code [0, 0]}.
 * In JAX this body sits inside {@code jit[name=convolve]}; a jit wrapper can wrap {@link #convolve}.
 */
public final class Convolution {
    private Convolution() {}

    public static Array convolve(Object a, Object v, String mode) {
        List<Array> xy = Promotion.promoteDtypesInexact(Promotion.asArrays(a, v));
        Array x = xy.get(0);
        Array y = xy.get(1);
        if (x.ndim() != 1 || y.ndim() != 1) throw new ShapeException("convolve() only support 1-dimensional inputs.");
        if (x.size() == 0 || y.size() == 0) {
            throw new ShapeException("convolve: inputs cannot be empty, got shapes " + x.shape() + " and " + y.shape() + ".");
        }
        if (x.shape(0) < y.shape(0)) {
            Array t = x;
            x = y;
            y = t;
        }
        y = Lax.rev(y, 0);
        int k = y.shape(0);
        int[] padding = switch (mode) {
            case "valid" -> new int[] {0, 0};
            case "same" -> new int[] {k / 2, k - k / 2 - 1};
            case "full" -> new int[] {k - 1, k - 1};
            default -> throw new ShapeException("mode must be one of ['full', 'same', 'valid']");
        };
        ConvDimensionNumbers dn = new ConvDimensionNumbers(IntTuple.of(0, 1, 2), IntTuple.of(0, 1, 2), IntTuple.of(0, 1, 2));
        Array lhs = Indexing.get(x, Index.NEW_AXIS, Index.NEW_AXIS, Index.ALL);
        Array rhs = Indexing.get(y, Index.NEW_AXIS, Index.NEW_AXIS, Index.ALL);
        Array result = Lax.convGeneralDilated(lhs, rhs, new int[] {1}, new int[][] {padding}, new int[] {1}, new int[] {1}, dn, 1, 1, null);
        return Indexing.get(result, 0, 0, Index.ALL);
    }
}
