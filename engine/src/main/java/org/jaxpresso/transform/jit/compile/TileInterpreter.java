package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.cpu.ScalarOps;
import org.jaxpresso.backend.Cancellation;
import org.jaxpresso.core.*;

/**
 * Runs a {@link FusedGroup} tile by tile: the iteration space is cut into tiles of {@value #TILE}
 * elements, every node of the body is evaluated over a tile into a small scratch array
 * ({@code double} for floats, {@code long} for ints and bools, rounded to the node's dtype after
 * each op, exactly as the reference rounds after each equation), and the root tile is stored or
 * folded into the reduction. Large iteration spaces are split over the cores in contiguous ranges.
 */
final class TileInterpreter implements GroupExecutor {
    static final int TILE = 2048;
    /** Iteration spaces at least this large run on several threads. */
    static final int PARALLEL_SIZE = 1 << 15;

    private final FusedGroup group;
    private final List<LoopExpr> nodes = new ArrayList<>();
    private final int[][] children;

    TileInterpreter(FusedGroup group) {
        this.group = group;
        flatten(group.body());
        children = new int[nodes.size()][];
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k) instanceof LoopExpr.Apply a) {
                children[k] = a.args().stream().mapToInt(this::indexOf).toArray();
            }
        }
    }

    private void flatten(LoopExpr e) {
        if (e instanceof LoopExpr.Apply a) for (LoopExpr c : a.args()) flatten(c);
        nodes.add(e);
    }

    private int indexOf(LoopExpr e) {
        for (int k = 0; k < nodes.size(); k++) if (nodes.get(k) == e) return k;
        throw new IllegalStateException();
    }

    /**
     * Per-thread scratch: one tile per node and one offset tile, borrowed from the thread's
     * {@link TilePool} (a program of a thousand small groups would otherwise allocate and zero
     * tens of megabytes of tiles per call); fresh ones when the pool is already lent.
     */
    private final class Scratch implements AutoCloseable {
        final double[][] f = new double[nodes.size()][];
        final long[][] l = new long[nodes.size()][];
        final int[] off;
        private final TilePool pool;

        Scratch() {
            TilePool p = POOL.get();
            pool = p.lent ? null : p;
            if (pool != null) pool.lent = true;
            int floats = 0;
            int ints = 0;
            for (int k = 0; k < nodes.size(); k++) {
                if (nodes.get(k).dtype().isFloating()) f[k] = pool != null ? pool.floatTile(floats++) : new double[TILE];
                else l[k] = pool != null ? pool.intTile(ints++) : new long[TILE];
            }
            off = pool != null ? pool.offsets : new int[TILE];
        }

        @Override
        public void close() {
            if (pool != null) pool.lent = false;
        }
    }

    /** The tiles one thread reuses across group runs; lent to one run at a time. */
    private static final class TilePool {
        final List<double[]> floats = new ArrayList<>();
        final List<long[]> ints = new ArrayList<>();
        final int[] offsets = new int[TILE];
        boolean lent;

        double[] floatTile(int i) {
            while (floats.size() <= i) floats.add(new double[TILE]);
            return floats.get(i);
        }

        long[] intTile(int i) {
            while (ints.size() <= i) ints.add(new long[TILE]);
            return ints.get(i);
        }
    }

    private static final ThreadLocal<TilePool> POOL = ThreadLocal.withInitial(TilePool::new);

    @Override
    public Buffer run(List<Buffer> sources) {
        int n = group.iteration().size();
        ShapedArray outAval = group.outAval();
        Buffer out = Buffer.allocate(outAval.dtype(), outAval.shape().size());
        if (group.reduce() != null) return reduce(sources, n, out);
        Cancellation.Token token = Cancellation.token();
        forRanges(n, 1, (from, to) -> {
            try (Scratch s = new Scratch()) {
                int root = nodes.size() - 1;
                for (int t = from; t < to; t += TILE) {
                    token.check();
                    int len = Math.min(TILE, to - t);
                    evalTile(s, sources, t, len);
                    store(out.data(), t, len, s.f[root], s.l[root]);
                }
            }
        });
        return out;
    }

    /** A range of the iteration space run by one thread. */
    private interface RangeBody { void run(int from, int to); }

    /** Splits {@code [0, n)} into contiguous ranges whose bounds are multiples of {@code unit}, in parallel when large. */
    private static void forRanges(int n, int unit, RangeBody body) {
        if (n < PARALLEL_SIZE) {
            body.run(0, n);
            return;
        }
        int units = (n + unit - 1) / unit;
        int tasks = Math.min(units, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, tasks).parallel().forEach(k -> {
            int from = (int) Math.min(n, (long) units * k / tasks * unit);
            int to = (int) Math.min(n, (long) units * (k + 1) / tasks * unit);
            if (from < to) body.run(from, to);
        });
    }

    private Buffer reduce(List<Buffer> sources, int n, Buffer out) {
        Reduce r = group.reduce();
        Shape in = group.iteration();
        Shape outShape = group.outAval().shape();
        int[] kept = new int[in.rank() - r.axes().size()];
        for (int a = 0, j = 0; a < in.rank(); a++) if (!r.axes().contains(a)) kept[j++] = a;
        int[] zeros = new int[kept.length];
        int[] ones = new int[kept.length];
        Arrays.fill(ones, 1);
        IndexMap target = IndexMap.identity(in).then(new IndexMap.AxisMap(IntTuple.of(kept), IntTuple.of(zeros), IntTuple.of(ones)), outShape);
        int m = outShape.size();
        DType t = group.body().dtype();
        double[] accF = t.isFloating() ? new double[m] : null;
        long[] accL = t.isFloating() ? null : new long[m];
        if (accF != null) Arrays.fill(accF, ScalarOps.floatIdentity(r.op()));
        else Arrays.fill(accL, ScalarOps.intIdentity(r.op(), t));
        // Each output owns a contiguous block of inputs when the reduced axes are trailing: split there.
        boolean trailingAxes = true;
        for (int a = 0; a < r.axes().size(); a++) trailingAxes &= r.axes().contains(in.rank() - 1 - a);
        boolean trailing = trailingAxes;
        int blockSize = 1;
        for (int a = 0; a < r.axes().size(); a++) blockSize *= in.dim(in.rank() - 1 - a);
        int block = blockSize;
        Cancellation.Token token = Cancellation.token();
        RangeBody body = (from, to) -> {
            try (Scratch s = new Scratch()) {
                int root = nodes.size() - 1;
                int[] tgt = s.off;
                for (int tl = from; tl < to; tl += TILE) {
                    token.check();
                    int len = Math.min(TILE, to - tl);
                    evalTile(s, sources, tl, len);
                    if (trailing) {
                        for (int i = 0; i < len; i++) tgt[i] = (tl + i) / block;   // each output owns a block
                    } else {
                        target.offsets(tl, len, tgt);
                    }
                    if (accF != null) {
                        double[] v = s.f[root];
                        for (int i = 0; i < len; i++) accF[tgt[i]] = ScalarOps.combineFloat(r.op(), accF[tgt[i]], v[i]);
                    } else {
                        long[] v = s.l[root];
                        for (int i = 0; i < len; i++) accL[tgt[i]] = ScalarOps.combineInt(r.op(), accL[tgt[i]], v[i]);
                    }
                }
            }
        };
        if (trailing && block > 0) forRanges(n, block, body);
        else body.run(0, n);
        for (int j = 0; j < m; j++) {
            if (accF != null) out.setDouble(j, accF[j]);
            else out.setLong(j, accL[j]);
        }
        return out;
    }

    private static void store(Object data, int at, int len, double[] f, long[] l) {
        switch (data) {
            case float[] a -> { for (int i = 0; i < len; i++) a[at + i] = (float) f[i]; }
            case double[] a -> System.arraycopy(f, 0, a, at, len);
            case int[] a -> { for (int i = 0; i < len; i++) a[at + i] = (int) l[i]; }
            case long[] a -> System.arraycopy(l, 0, a, at, len);
            case boolean[] a -> { for (int i = 0; i < len; i++) a[at + i] = l[i] != 0; }
            default -> throw new IllegalStateException();
        }
    }

    // ---- one tile -----------------------------------------------------------------------------

    private void evalTile(Scratch s, List<Buffer> sources, int from, int len) {
        for (int k = 0; k < nodes.size(); k++) {
            switch (nodes.get(k)) {
                case LoopExpr.Load ld -> load(s, k, sources.get(ld.source()).data(), ld.map(), from, len);
                case LoopExpr.IotaLeaf io -> iota(s, k, io, from, len);
                case LoopExpr.Scalar sc -> {
                    switch (sc.value()) {
                        case Double d -> Arrays.fill(s.f[k], 0, len, d);
                        case Long v -> Arrays.fill(s.l[k], 0, len, v);
                        case Boolean b -> Arrays.fill(s.l[k], 0, len, b ? 1 : 0);
                        default -> throw new IllegalStateException();
                    }
                }
                case LoopExpr.Apply a -> TileOps.apply(a, children[k], s.f, s.l, k, len);
            }
        }
    }

    private static void load(Scratch s, int k, Object data, IndexMap map, int from, int len) {
        double[] f = s.f[k];
        long[] l = s.l[k];
        if (map.isConstant()) {
            int at = 0;
            if (!map.isContiguous() || map.current().size() > 0) {
                map.offsets(from, 1, s.off);
                at = s.off[0];
            }
            switch (data) {
                case float[] a -> Arrays.fill(f, 0, len, a[at]);
                case double[] a -> Arrays.fill(f, 0, len, a[at]);
                case int[] a -> Arrays.fill(l, 0, len, a[at]);
                case long[] a -> Arrays.fill(l, 0, len, a[at]);
                case boolean[] a -> Arrays.fill(l, 0, len, a[at] ? 1 : 0);
                default -> throw new IllegalStateException();
            }
            return;
        }
        if (map.isContiguous()) {
            switch (data) {
                case float[] a -> { for (int i = 0; i < len; i++) f[i] = a[from + i]; }
                case double[] a -> System.arraycopy(a, from, f, 0, len);
                case int[] a -> { for (int i = 0; i < len; i++) l[i] = a[from + i]; }
                case long[] a -> System.arraycopy(a, from, l, 0, len);
                case boolean[] a -> { for (int i = 0; i < len; i++) l[i] = a[from + i] ? 1 : 0; }
                default -> throw new IllegalStateException();
            }
            return;
        }
        int[] off = s.off;
        map.offsets(from, len, off);
        switch (data) {
            case float[] a -> { for (int i = 0; i < len; i++) f[i] = a[off[i]]; }
            case double[] a -> { for (int i = 0; i < len; i++) f[i] = a[off[i]]; }
            case int[] a -> { for (int i = 0; i < len; i++) l[i] = a[off[i]]; }
            case long[] a -> { for (int i = 0; i < len; i++) l[i] = a[off[i]]; }
            case boolean[] a -> { for (int i = 0; i < len; i++) l[i] = a[off[i]] ? 1 : 0; }
            default -> throw new IllegalStateException();
        }
    }

    private static void iota(Scratch s, int k, LoopExpr.IotaLeaf io, int from, int len) {
        io.map().offsets(from, len, s.off);
        Shape shape = io.iota().shape();
        int d = io.iota().dimension();
        int stride = shape.strides()[d];
        int size = shape.dim(d);
        for (int i = 0; i < len; i++) {
            long v = (s.off[i] / stride) % size;
            if (s.f[k] != null) s.f[k][i] = ScalarOps.roundFloat(io.dtype(), v);
            else s.l[k][i] = ScalarOps.wrapInt(io.dtype(), v);
        }
    }
}
