package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.AxisException;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;

/**
 * {@code jnp.reshape}, {@code transpose}, {@code swapaxes}, {@code moveaxis}, {@code squeeze},
 * {@code expand_dims}, {@code ravel} and {@code broadcast_to}: each becomes the one lax shape
 * primitive JAX uses, and nothing at all when the operation would not change the array.
 */
public final class ShapeOps {
    private ShapeOps() {}

    /** {@code jnp.reshape}: one size may be {@code -1}; no equation when the (non-scalar) shape is unchanged. */
    public static Array reshape(Object x, int... newShape) {
        Array a = Promotion.asArray(x);
        int[] sizes = resolveNewShape(a.shape(), newShape);
        if (a.ndim() > 0 && Arrays.equals(sizes, a.shape().dims())) return a;
        return Lax.reshape(a, sizes);
    }

    private static int[] resolveNewShape(Shape shape, int[] newShape) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < newShape.length; i++) {
            if (newShape[i] == -1) {
                if (unknown >= 0) {
                    throw new ShapeException("can only specify one unknown axis size with a `-1` value, got " + IntTuple.of(newShape));
                }
                unknown = i;
            } else if (newShape[i] < 0) {
                throw new ShapeException("Shapes must be 1D sequences of concrete values of integer type, got " + IntTuple.of(newShape) + ".");
            } else {
                known *= newShape[i];
            }
        }
        int size = shape.size();
        int[] out = newShape.clone();
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new ShapeException("cannot reshape array of shape " + shape + " (size " + size + ") into shape " + IntTuple.of(newShape)
                        + " because the product of specified axis sizes (" + known + ") does not evenly divide " + size);
            }
            out[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new ShapeException("cannot reshape array of shape " + shape + " (size " + size + ") into shape " + IntTuple.of(newShape)
                    + " (size " + known + ")");
        }
        return out;
    }

    /** {@code jnp.ravel}: a reshape to one dimension. */
    public static Array ravel(Object x) {
        Array a = Promotion.asArray(x);
        return reshape(a, a.size());
    }

    /** {@code jnp.transpose(x)}: reverses the axes. */
    public static Array transpose(Object x) {
        Array a = Promotion.asArray(x);
        int[] perm = new int[a.ndim()];
        for (int i = 0; i < perm.length; i++) perm[i] = perm.length - 1 - i;
        return permute(a, perm);
    }

    /** {@code jnp.transpose(x, axes)}; negative axes allowed. */
    public static Array transpose(Object x, int... axes) {
        Array a = Promotion.asArray(x);
        if (axes.length != a.ndim()) throw new AxisException("axes don't match array");
        int[] perm = new int[axes.length];
        for (int i = 0; i < axes.length; i++) perm[i] = Shape.normalizeAxis(axes[i], a.ndim());
        return permute(a, perm);
    }

    /** {@code lax.transpose}: no equation for the identity permutation. */
    static Array permute(Array a, int[] perm) {
        if (Arrays.equals(perm, IntTuple.range(a.ndim()).toArray())) return a;
        return Lax.transpose(a, perm);
    }

    public static Array swapaxes(Object x, int axis1, int axis2) {
        Array a = Promotion.asArray(x);
        int i = Shape.normalizeAxis(axis1, a.ndim());
        int j = Shape.normalizeAxis(axis2, a.ndim());
        int[] perm = IntTuple.range(a.ndim()).toArray();
        perm[i] = j;
        perm[j] = i;
        return permute(a, perm);
    }

    public static Array moveaxis(Object x, int source, int destination) {
        return moveaxis(x, new int[] {source}, new int[] {destination});
    }

    /** {@code jnp.moveaxis}: the other axes keep their order. */
    public static Array moveaxis(Object x, int[] source, int[] destination) {
        Array a = Promotion.asArray(x);
        if (source.length != destination.length) {
            throw new AxisException("Inconsistent number of elements: " + source.length + " vs " + destination.length);
        }
        int[] src = Axes.normalize(source, a.ndim());
        int[] dst = Axes.normalize(destination, a.ndim());
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < a.ndim(); i++) if (!Axes.contains(src, i)) perm.add(i);
        Integer[] order = new Integer[src.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (p, q) -> dst[p] != dst[q] ? Integer.compare(dst[p], dst[q]) : Integer.compare(src[p], src[q]));
        for (int k : order) perm.add(dst[k], src[k]);
        return permute(a, perm.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code jnp.squeeze(x)}: removes every size-1 axis. */
    public static Array squeeze(Object x) {
        Array a = Promotion.asArray(x);
        List<Integer> ones = new ArrayList<>();
        for (int i = 0; i < a.ndim(); i++) if (a.shape(i) == 1) ones.add(i);
        return squeezeAxes(a, ones.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code jnp.squeeze(x, axis)}: the axes must have size 1. */
    public static Array squeeze(Object x, int... axes) {
        Array a = Promotion.asArray(x);
        return squeezeAxes(a, Axes.normalize(axes, a.ndim()));
    }

    /** {@code lax.squeeze}: sorted dimensions, no equation when there are none. */
    static Array squeezeAxes(Array a, int[] axes) {
        if (axes.length == 0) return a;
        int[] sorted = axes.clone();
        Arrays.sort(sorted);
        return Lax.squeeze(a, sorted);
    }

    /** {@code jnp.expand_dims} ({@code lax.expand_dims}): a {@code broadcast_in_dim} adding size-1 axes. */
    public static Array expandDims(Object x, int... axes) {
        Array a = Promotion.asArray(x);
        if (axes.length == 0) return a;
        int outRank = a.ndim() + axes.length;
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            dims[i] = Shape.normalizeAxis(axes[i], outRank);
            for (int j = 0; j < i; j++) {
                if (dims[j] == dims[i]) throw new AxisException("repeated axis in lax.expand_dims: " + IntTuple.of(dims));
            }
        }
        int[] shape = new int[outRank];
        int[] kept = new int[a.ndim()];
        for (int i = 0, j = 0; i < outRank; i++) {
            if (Axes.contains(dims, i)) {
                shape[i] = 1;
            } else {
                shape[i] = a.shape(j);
                kept[j++] = i;
            }
        }
        return Lax.broadcastInDim(a, shape, kept);
    }

    /**
     * {@code jnp.broadcast_to}: size-1 axes that stretch are squeezed out first, then one
     * {@code broadcast_in_dim}; nothing when the shape already matches.
     */
    public static Array broadcastTo(Object x, int... shape) {
        Array a = Promotion.asArray(x);
        int[] from = a.shape().dims();
        if (Arrays.equals(from, shape)) return a;
        if (shape.length < from.length) {
            throw new ShapeException("Cannot broadcast to shape with fewer dimensions: arr_shape=" + a.shape() + " shape=" + IntTuple.of(shape));
        }
        int lead = shape.length - from.length;
        List<Integer> squeezed = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            int target = shape[lead + i];
            if (from[i] == target) {
                kept.add(lead + i);
            } else if (from[i] == 1) {
                squeezed.add(i);
            } else {
                throw new ShapeException("Incompatible shapes for broadcasting: " + a.shape() + " and requested shape " + IntTuple.of(shape));
            }
        }
        Array s = squeezeAxes(a, squeezed.stream().mapToInt(Integer::intValue).toArray());
        return Lax.broadcastInDim(s, shape, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** numpy's {@code broadcast_arrays}: unchanged when all shapes agree, otherwise each broadcast to the common shape. */
    public static List<Array> broadcastArrays(List<Array> xs) {
        boolean same = true;
        List<int[]> shapes = new ArrayList<>();
        for (Array x : xs) {
            same &= x.shape().equals(xs.getFirst().shape());
            shapes.add(x.shape().dims());
        }
        if (same) return xs;
        int[] target = Promotion.broadcastShapes(shapes);
        List<Array> out = new ArrayList<>();
        for (Array x : xs) out.add(broadcastTo(x, target));
        return out;
    }
}
