package org.jaxpresso.numpy;

import java.util.List;
import java.util.TreeSet;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Index;
import org.jaxpresso.Lax;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Gather;
import org.jaxpresso.trace.TraceContext;

/**
 * {@code x[idx]} as JAX's {@code rewriting_take}: basic indices made only of ints, step-1 slices
 * and {@code ::-1} become {@code rev}, {@code slice} (or {@code dynamic_slice} when a start is
 * negative or traced) and {@code squeeze}; everything else goes through {@link GatherIndexer}
 * to one {@code gather}, then {@code rev} for negative strides and {@code broadcast_in_dim} for
 * {@code None}.
 */
public final class Indexing {
    private Indexing() {}

    /** {@code x[items…]}. */
    public static Array get(Array x, Object... items) {
        List<Object> idx = IndexItems.normalize(items);
        int[] shape = x.shape().dims();
        List<Object> canonical = IndexItems.canonicalize(shape, idx);
        Array viaSlice = takeViaSlice(x, canonical);
        if (viaSlice != null) return viaSlice;
        GatherIndexer g = GatherIndexer.of(shape, idx, canonical);
        return gather(x, g);
    }

    private static Array gather(Array x, GatherIndexer g) {
        Array y = x;
        if (g.sliceShapeIsEmpty()) return zeros(x.dtype(), g.sliceShape());
        if (g.hasGatherIndices()) {
            Gather p = Gather.of(g.dimensionNumbers(), g.gatherSliceShape(), org.jaxpresso.core.GatherScatterMode.PROMISE_IN_BOUNDS,
                    g.indicesAreSorted(), g.uniqueIndices(), x.dtype());
            y = TraceContext.bind1(p, y, g.gatherIndices());
        }
        if (!g.reversedYDims().isEmpty()) y = Lax.rev(y, g.reversedYDims().toArray());
        return expandDims(y, g.newaxisDims().toArray());
    }

    /** {@code lax.expand_dims}: a {@code broadcast_in_dim} that inserts size-1 axes at {@code dims}. */
    static Array expandDims(Array y, int[] dims) {
        if (dims.length == 0) return y;
        int rank = y.ndim() + dims.length;
        int[] shape = new int[rank];
        int[] kept = new int[y.ndim()];
        java.util.Set<Integer> inserted = new TreeSet<>();
        for (int d : dims) inserted.add(d);
        for (int i = 0, j = 0; i < rank; i++) {
            if (inserted.contains(i)) {
                shape[i] = 1;
            } else {
                shape[i] = y.shape(j);
                kept[j++] = i;
            }
        }
        return Lax.broadcastInDim(y, shape, kept);
    }

    /** {@code lax.full_like(x, 0, shape=…)}. */
    static Array zeros(DType t, int[] shape) {
        Buffer b = Buffer.allocate(t, 1);
        Array zero = new org.jaxpresso.trace.ConcreteArray(org.jaxpresso.core.ShapedArray.scalar(t), b);
        return Lax.broadcastInDim(zero, shape, new int[0]);
    }

    /** A strong int32 scalar constant (a literal {@code 4:i32[]} in jaxprs). */
    static Array int32(int v) { return ArrayCreation.fromBuffer(Buffer.wrap(new int[] {v})); }

    /** JAX's {@code _attempt_rewriting_take_via_slice}; null when the index needs a gather. */
    private static Array takeViaSlice(Array x, List<Object> idx) {
        int[] shape = x.shape().dims();
        TreeSet<Integer> revs = new TreeSet<>();
        TreeSet<Integer> ints = new TreeSet<>();
        boolean partial = false;
        for (int i = 0; i < idx.size(); i++) {
            Object e = idx.get(i);
            if (e == Index.NEW_AXIS || IndexItems.isArrayIndex(e)) return null;
            if (e instanceof Index.Slice s) {
                boolean simpleReverse = s.start() == null && s.stop() == null && s.step() != null && s.step() == -1;
                boolean contiguous = s.step() == null || s.step() == 1;
                if (simpleReverse) revs.add(i);
                else if (!contiguous) return null;
                else partial |= !java.util.Arrays.equals(s.indices(shape[i]), new int[] {0, shape[i], 1});
            } else if (shape[i] == 0) {
                return null;
            } else {
                ints.add(i);
            }
        }
        Array arr = x;
        if (!revs.isEmpty()) arr = Lax.rev(arr, revs.stream().mapToInt(Integer::intValue).toArray());
        if (ints.isEmpty() && !partial) return arr;
        int n = shape.length;
        int[] sizes = new int[n];
        Object[] starts = new Object[n];
        boolean allStatic = true;
        for (int i = 0; i < n; i++) {
            Object e = revs.contains(i) ? Index.ALL : idx.get(i);
            if (e instanceof Index.Slice s) {
                int[] r = s.indices(shape[i]);
                starts[i] = r[0];
                sizes[i] = Math.max(0, r[1] - r[0]);
            } else {
                starts[i] = e;
                sizes[i] = 1;
                allStatic &= e instanceof Integer v && v >= 0;
            }
        }
        if (allStatic) {
            int[] lo = new int[n];
            int[] hi = new int[n];
            for (int i = 0; i < n; i++) {
                lo[i] = (Integer) starts[i];
                hi[i] = lo[i] + sizes[i];
            }
            arr = Lax.slice(arr, lo, hi);
        } else {
            Array[] startArrays = new Array[n];
            for (int i = 0; i < n; i++) startArrays[i] = normalizedStart(starts[i], shape[i]);
            arr = Lax.dynamicSlice(arr, startArrays, sizes);
        }
        if (!ints.isEmpty()) arr = Lax.squeeze(arr, ints.stream().mapToInt(Integer::intValue).toArray());
        return arr;
    }

    /** A start index for {@code dynamic_slice}: static ints normalised to a literal, traced ones by {@code select_n}. */
    private static Array normalizedStart(Object start, int size) {
        if (start instanceof Integer v) return int32(v < 0 ? v + size : v);
        return normalizeIndex((Array) start, size);
    }

    /** JAX's {@code _normalize_index} for an array: {@code select(i < 0, i + size, i)}. */
    static Array normalizeIndex(Array i, int size) {
        Array negative = Lax.lt(i, Promotion.convert(ArrayCreation.scalar(0), i.dtype(), false));
        Array shifted = Lax.add(i, Promotion.convert(ArrayCreation.scalar(size), i.dtype(), false));
        return Lax.selectN(negative, i, shifted);
    }

    /** {@code x.at[items].set/add/…(y)}; the operations live on {@link org.jaxpresso.AtRef}. */
    public static Array scatter(Array x, Object[] items, Object y, org.jaxpresso.core.Scatter.Op op) {
        List<Object> idx = IndexItems.normalize(items);
        int[] shape = x.shape().dims();
        List<Object> canonical = IndexItems.canonicalize(shape, idx);
        GatherIndexer g = GatherIndexer.of(shape, idx, canonical);
        return ScatterUpdate.apply(x, y, g, op);
    }

}
