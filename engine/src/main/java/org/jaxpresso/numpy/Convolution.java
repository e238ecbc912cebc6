package org.jaxpresso.numpy;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Index;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.ConvDimensionNumbers;
import org.jaxpresso.core.IntTuple;

/**
 * {@code jnp.convolve} as JAX 0.10 writes it: {@code jit[name=convolve]} around
 * {@code jit[name=_conv]}, whose body promotes to an inexact type, flips the shorter operand
 * ({@code jnp.flip}: {@code jit[name=flip]} around {@code jit[name=_flip]} around {@code rev}),
 * lifts both to {@code (1, 1, n)} with {@code None} indexing, runs one
 * {@code conv_general_dilated} with the mode's padding, then takes {@code [0, 0, :]}.
 */
public final class Convolution {
    private Convolution() {}

    public static Array convolve(Object a, Object v, String mode) {
        return NamedJit.call("convolve", List.of(mode), Promotion.asArrays(a, v),
                args -> NamedJit.call("_conv", List.of(mode, "convolve"), args, xs -> conv(xs.get(0), xs.get(1), mode)));
    }

    /** {@code jnp.flip(m, axis)}; {@code axes} null reverses every axis. */
    public static Array flip(Object m, int[] axes) {
        List<Object> statics = axes == null ? List.of("None") : List.of(IntTuple.of(axes));
        return NamedJit.call("flip", statics, List.of(Promotion.asArray(m)),
                args -> NamedJit.call("_flip", statics, args, xs -> rev(xs.getFirst(), axes)));
    }

    private static Array rev(Array x, int[] axes) {
        if (axes == null) return Lax.rev(x, IntTuple.range(x.ndim()).toArray());
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) dims[i] = x.shape().axis(axes[i]);
        return Lax.rev(x, dims);
    }

    private static Array conv(Array a, Array v, String mode) {
        List<Array> xy = Promotion.promoteDtypesInexact(List.of(a, v));
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
        y = flip(y, null);
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
