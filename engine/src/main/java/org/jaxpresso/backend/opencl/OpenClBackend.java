package org.jaxpresso.backend.opencl;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.DeviceMemory;
import org.jaxpresso.backend.KernelSourceBackend;
import org.jaxpresso.backend.cpu.CpuBackend;
import org.jaxpresso.backend.opencl.KernelSources.Access;
import org.jaxpresso.backend.opencl.KernelSources.Operand;
import org.jaxpresso.core.*;

/**
 * Runs eager primitives as OpenCL kernels on one device: the elementwise families, clamp,
 * select_n, convert_element_type, integer_pow, round, broadcast_in_dim, transpose, slice, rev,
 * split, concatenate, iota (reshape and squeeze share their operand's device memory), every
 * reduction over any
 * axes (one work group per output element) and {@code dot_general} with up to one batch and one
 * free dimension per operand (tiled in local memory);
 * and the kernels jit renders for its fused groups ({@link #launch}). Other primitives run on the
 * {@link CpuBackend}, reading their operands back to the host.
 *
 * <p>Results stay on the device: a result is a {@link Buffer} whose elements are copied to the
 * host only when something reads them, and kernels are enqueued without waiting (the queue is
 * in order, so a read waits for exactly the work it needs). A host buffer read by a kernel is
 * uploaded once and keeps its device copy. Device memory is released when its buffer is
 * garbage. {@link #statistics()} counts launches and transfers. float64 needs a device that
 * reports double precision. Launches are serialised: one backend, one queue, one thread at a time.
 */
public final class OpenClBackend implements KernelSourceBackend, AutoCloseable {
    private static final Cleaner RELEASER = Cleaner.create();
    /** Work items per work group of the reduction kernel (a power of two). */
    static final int REDUCE_GROUP = 64;
    /** Work items along each side of a matrix product's work group. */
    static final int DOT_ITEMS = 16;
    /**
     * Output rows (and columns) each of those work items computes for 4-byte types: a work group
     * computes a 128 × 128 block, staging 16 KB of operands in local memory (4 for 8-byte types,
     * the same 16 KB). On PoCL's CPU device 1024² float32 went from 670 ms untiled to 340 ms with
     * 4 and 130 ms with 8.
     */
    static final int DOT_PER_ITEM = 8;

    private final ClDevice device;
    private final ClContext context;
    private final ClQueue queue;
    private final ProgramCache programs;
    private final CpuBackend fallback = new CpuBackend();
    private final Map<String, ClBuffer> metadata = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClBuffer> eldest) {
            if (size() <= 256) return false;
            eldest.getValue().close();
            return true;
        }
    };
    private final DeviceMemoryBudget budget;
    private long launches;
    private long uploads;
    private long downloads;

    private OpenClBackend(ClDevice device) {
        this.device = device;
        this.context = new ClContext(device);
        this.queue = new ClQueue(context);
        this.programs = new ProgramCache(context);
        this.budget = DeviceMemoryBudget.forDevice(device.globalMemory());
    }

    /** A backend on OpenCL device {@code index} (in {@link OpenClPlatforms} order); throws when there is none. */
    public static OpenClBackend open(int index) {
        List<ClDevice> devices = OpenClPlatforms.devices();
        if (devices.isEmpty()) throw new JaxpressoException("No OpenCL device: " + OpenClPlatforms.problem() + ".");
        if (index < 0 || index >= devices.size()) {
            throw new JaxpressoException("OpenCL device " + index + " does not exist; there are " + devices.size() + ".");
        }
        return new OpenClBackend(devices.get(index));
    }

    @Override
    public String name() { return "opencl:" + device.name(); }

    /** What this backend has done so far: kernels enqueued, host-to-device and device-to-host copies, programs built. */
    public record Statistics(long launches, long uploads, long downloads, long programs, long buildNanos, long liveBytes) {}

    public synchronized Statistics statistics() {
        return new Statistics(launches, uploads, downloads, programs.size(), programs.buildNanos(), budget.live());
    }

    @Override
    public boolean supportsFloat64() { return device.fp64(); }

    /** {@code x} with its elements on this device: uploaded now unless they are here already. */
    @Override
    public synchronized Buffer put(Buffer x) {
        if (x.size() == 0) return x;
        DeviceMemory m = x.deviceMemory();
        if (m instanceof ResidentMemory r && r.backend() == this) return x;
        return resident(upload(x), x.dtype(), x.size());
    }

    @Override
    public synchronized Buffer launch(String source, List<Buffer> inputs, int[] ints, DType out, int n) {
        return produce(out, n, (result, operands) -> {
            ClKernel kernel = programs.kernel(source).arg(0, result);
            for (int k = 0; k < inputs.size(); k++) kernel.arg(k + 1, operands.on(inputs.get(k)));
            for (int k = 0; k < ints.length; k++) kernel.arg(inputs.size() + 1 + k, ints[k]);
            enqueue(kernel, n);
        });
    }

    @Override
    public synchronized List<Buffer> execute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {
        checkFloat64(p, inAvals, outAvals);
        if (p instanceof Split split) return split(split, in.getFirst(), inAvals.getFirst(), outAvals);
        ShapedArray out = outAvals.getFirst();
        Buffer result = switch (p) {
            case Unary op -> map(in, inAvals, out, ElementwiseRenderer.unary(op, inAvals.getFirst().dtype(), "a0"));
            case Round r -> map(in, inAvals, out, ElementwiseRenderer.round(r.roundingMethod(), "a0"));
            case IntegerPow ip -> mapStatements(in, inAvals, out, ElementwiseRenderer.integerPow(ip.y(), out.dtype(), "a0", "r"));
            case Binary op -> map(in, inAvals, out, ElementwiseRenderer.binary(op, inAvals.getFirst().dtype(), "a0", "a1"));
            case SelectN s -> map(in, inAvals, out, ElementwiseRenderer.select(inAvals.getFirst().dtype(), "a0",
                    java.util.stream.IntStream.rangeClosed(1, in.size() - 1).mapToObj(k -> "a" + k).toList()));
            case Clamp c -> map(in, inAvals, out, ElementwiseRenderer.clamp(out.dtype(), "a0", "a1", "a2"));
            case ConvertElementType c -> map(in, inAvals, out, ElementwiseRenderer.convert(inAvals.getFirst().dtype(), out.dtype(), "a0"));
            case BroadcastInDim b -> broadcastInDim(b, in.getFirst(), inAvals.getFirst(), out);
            case Reduce r -> device.maxWorkGroupSize() >= REDUCE_GROUP ? reduce(r, in.getFirst(), inAvals.getFirst(), out) : null;
            case DotGeneral d -> isTiledProduct(d, inAvals, out) ? matmul(d, in, inAvals, out) : null;
            case Reshape r -> in.getFirst();   // same elements in the same row-major order; buffers are never mutated
            case Squeeze s -> in.getFirst();
            case Transpose t -> transpose(t, in.getFirst(), inAvals.getFirst(), out);
            case Rev r -> rev(r, in.getFirst(), inAvals.getFirst(), out);
            case Slice s -> slice(s, in.getFirst(), inAvals.getFirst(), out);
            case DynamicSlice d -> null;
            case DynamicUpdateSlice d -> null;
            case Concatenate c -> concatenate(c, in, inAvals, out);
            case Pad pad -> null;
            case Iota i -> iota(i, out);
            case Split s -> throw new IllegalStateException("split is handled above");
            case Gather g -> null;
            case Scatter s -> null;
            case ArgReduce a -> null;
            case Cumulative c -> null;
            case ConvGeneralDilated c -> null;
            case Collective c -> null;
            case AxisIndex a -> null;
            case JitCall j -> null;
        };
        return result != null ? List.of(result) : fallback.execute(p, in, inAvals, outAvals);
    }

    private void checkFloat64(Primitive p, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {
        if (device.fp64()) return;
        boolean uses = inAvals.stream().anyMatch(a -> a.dtype() == DType.FLOAT64) || outAvals.stream().anyMatch(a -> a.dtype() == DType.FLOAT64);
        if (uses) {
            throw new DTypeException(p.primitiveName() + " needs float64, which the OpenCL device " + device.name()
                    + " does not support (it reports no double precision). Turn jax_enable_x64 off or put the arrays on the CPU.");
        }
    }

    // ---- elementwise --------------------------------------------------------------------------

    /** One output element per work item, {@code r = expression(a0, a1, …)}. */
    private Buffer map(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out, String expression) {
        return mapStatements(in, inAvals, out, "    r = " + expression + ";\n");
    }

    private Buffer mapStatements(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out, String body) {
        Shape shape = out.shape();
        List<Operand> operands = new ArrayList<>();
        List<int[]> strides = new ArrayList<>();
        for (ShapedArray a : inAvals) {
            Access access = a.shape().equals(shape) ? Access.FULL : a.rank() == 0 ? Access.SCALAR : Access.STRIDED;
            operands.add(new Operand(a.dtype(), access));
            if (access == Access.STRIDED) strides.add(broadcastStrides(a.shape()));
        }
        int[] meta = concat(shape.dims(), strides);
        return launchMap(KernelSources.elementwise(operands, out.dtype(), body), in, out, shape.rank(), meta);
    }

    /** Strides of an operand of the output's rank whose size-1 dimensions are stretched (stride 0). */
    private static int[] broadcastStrides(Shape operand) {
        int[] s = operand.strides();
        for (int d = 0; d < s.length; d++) if (operand.dim(d) == 1) s[d] = 0;
        return s;
    }

    private Buffer broadcastInDim(BroadcastInDim b, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] strides = new int[out.rank()];
        int[] xStrides = xAval.shape().strides();
        for (int i = 0; i < xAval.rank(); i++) {
            if (xAval.shape().dim(i) != 1) strides[b.broadcastDimensions().get(i)] = xStrides[i];
        }
        Operand o = new Operand(xAval.dtype(), xAval.shape().size() == 1 ? Access.SCALAR : Access.STRIDED);
        int[] meta = concat(out.shape().dims(), List.of(strides));
        return launchMap(KernelSources.elementwise(List.of(o), out.dtype(), "r = a0;"), List.of(x), out, out.rank(), meta);
    }

    // ---- copies through affine index maps -----------------------------------------------------

    private Buffer slice(Slice sl, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] xs = xAval.shape().strides();
        int[] strides = new int[out.rank()];
        int base = 0;
        for (int d = 0; d < out.rank(); d++) {
            base += sl.startIndices().get(d) * xs[d];
            strides[d] = sl.stride(d) * xs[d];
        }
        return gatherCopy(x, out, base, strides);
    }

    private Buffer rev(Rev r, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] strides = xAval.shape().strides();
        int base = 0;
        for (int d : r.dimensions().toArray()) {
            base += (xAval.shape().dim(d) - 1) * strides[d];
            strides[d] = -strides[d];
        }
        return gatherCopy(x, out, base, strides);
    }

    /** Each output of split is a slice along the axis. */
    private List<Buffer> split(Split sp, Buffer x, ShapedArray xAval, List<ShapedArray> outs) {
        int[] strides = xAval.shape().strides();
        List<Buffer> result = new ArrayList<>(outs.size());
        int at = 0;
        for (int k = 0; k < outs.size(); k++) {
            result.add(gatherCopy(x, outs.get(k), at * strides[sp.axis()], strides));
            at += sp.sizes().get(k);
        }
        return result;
    }

    /** {@code out[i] = x[base + Σ idx_d(i) * strides[d]]}. */
    private Buffer gatherCopy(Buffer x, ShapedArray out, int base, int[] strides) {
        int n = out.shape().size();
        return produce(out.dtype(), n, (result, operands) -> {
            ClKernel kernel = programs.kernel(KernelSources.gatherCopy(out.dtype()));
            kernel.arg(0, result).arg(1, operands.on(x)).arg(2, n).arg(3, out.rank()).arg(4, base)
                    .arg(5, metaBuffer(concat(out.shape().dims(), List.of(strides))));
            enqueue(kernel, n);
        });
    }

    /** One launch per operand, each writing its region of the output through the output's strides. */
    private Buffer concatenate(Concatenate c, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        int[] outStrides = out.shape().strides();
        return produce(out.dtype(), out.shape().size(), (result, operands) -> {
            ClKernel kernel = programs.kernel(KernelSources.scatterCopy(out.dtype()));
            int at = 0;
            for (int k = 0; k < in.size(); k++) {
                Shape piece = inAvals.get(k).shape();
                if (piece.size() > 0) {
                    kernel.arg(0, result).arg(1, operands.on(in.get(k))).arg(2, piece.size()).arg(3, piece.rank())
                            .arg(4, at * outStrides[c.dimension()]).arg(5, metaBuffer(concat(piece.dims(), List.of(outStrides))));
                    enqueue(kernel, piece.size());
                }
                at += piece.dim(c.dimension());
            }
        });
    }

    private Buffer iota(Iota i, ShapedArray out) {
        int n = out.shape().size();
        return produce(out.dtype(), n, (result, operands) -> {
            ClKernel kernel = programs.kernel(KernelSources.iota(out.dtype()));
            kernel.arg(0, result).arg(1, n).arg(2, out.shape().strides()[i.dimension()]).arg(3, out.shape().dim(i.dimension()));
            enqueue(kernel, n);
        });
    }

    /** Output element {@code i} reads the operand through its strides permuted into the output's order. */
    private Buffer transpose(Transpose t, Buffer x, ShapedArray xAval, ShapedArray out) {
        int[] xStrides = xAval.shape().strides();
        int[] strides = new int[out.rank()];
        for (int i = 0; i < out.rank(); i++) strides[i] = xStrides[t.permutation().get(i)];
        return gatherCopy(x, out, 0, strides);
    }

    private Buffer launchMap(String source, List<Buffer> in, ShapedArray out, int rank, int[] meta) {
        int n = out.shape().size();
        return produce(out.dtype(), n, (result, operands) -> {
            ClKernel kernel = programs.kernel(source).arg(0, result);
            for (int k = 0; k < in.size(); k++) kernel.arg(k + 1, operands.on(in.get(k)));
            kernel.arg(in.size() + 1, n).arg(in.size() + 2, rank).arg(in.size() + 3, metaBuffer(meta));
            enqueue(kernel, n);
        });
    }

    // ---- reductions and dot -------------------------------------------------------------------

    /** One work group per output element: its items stride over the reduced elements, then combine in local memory. */
    private Buffer reduce(Reduce r, Buffer x, ShapedArray xAval, ShapedArray out) {
        int n = out.shape().size();
        Shape s = xAval.shape();
        int[] strides = s.strides();
        IntTuple axes = r.axes();
        int kept = s.rank() - axes.size();
        int[] keptDims = new int[kept], keptStrides = new int[kept], redDims = new int[axes.size()], redStrides = new int[axes.size()];
        int reducedCount = 1;
        for (int d = 0, j = 0, k = 0; d < s.rank(); d++) {
            if (axes.contains(d)) {
                redDims[k] = s.dim(d);
                redStrides[k++] = strides[d];
                reducedCount *= s.dim(d);
            } else {
                keptDims[j] = s.dim(d);
                keptStrides[j++] = strides[d];
            }
        }
        int count = reducedCount;
        return produce(out.dtype(), n, (result, operands) -> {
            ClKernel kernel = programs.kernel(KernelSources.reduce(r.op(), out.dtype(), REDUCE_GROUP));
            kernel.arg(0, result).arg(1, operands.on(x)).arg(2, kept).arg(3, axes.size()).arg(4, count)
                    .arg(5, metaBuffer(concat(concat(keptDims, List.of(keptStrides)), List.of(redDims, redStrides))));
            enqueue(kernel, new long[] {(long) n * REDUCE_GROUP}, new long[] {REDUCE_GROUP});
        });
    }

    /**
     * The products the tiled kernel computes: one contracting dimension, at most one batch
     * dimension, at most one free dimension per operand (matrix-matrix, matrix-vector, vector
     * dot and their batched forms, as vmap makes them); operands of the output's dtype.
     */
    private static boolean isTiledProduct(DotGeneral d, List<ShapedArray> inAvals, ShapedArray out) {
        DotDimensionNumbers dn = d.dimensionNumbers();
        ShapedArray a = inAvals.get(0), b = inAvals.get(1);
        int batch = dn.lhsBatch().size();
        return dn.lhsContracting().size() == 1 && batch <= 1 && a.rank() >= batch + 1 && a.rank() <= batch + 2
                && b.rank() >= batch + 1 && b.rank() <= batch + 2
                && a.dtype() == out.dtype() && b.dtype() == out.dtype() && !out.dtype().isBool();
    }

    /** 128 × 128 output blocks per work group (64 × 64 for 8-byte types), the operands' blocks staged in local memory; one range layer per batch element. */
    private Buffer matmul(DotGeneral d, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        DotDimensionNumbers dn = d.dimensionNumbers();
        Shape a = inAvals.get(0).shape(), b = inAvals.get(1).shape();
        int[] as = a.strides(), bs = b.strides();
        int ca = dn.lhsContracting().get(0), cb = dn.rhsContracting().get(0);
        int fa = freeAxis(a, dn.lhsContracting(), dn.lhsBatch());
        int fb = freeAxis(b, dn.rhsContracting(), dn.rhsBatch());
        boolean batched = !dn.lhsBatch().isEmpty();
        int batch = batched ? a.dim(dn.lhsBatch().get(0)) : 1;
        int rows = fa < 0 ? 1 : a.dim(fa), cols = fb < 0 ? 1 : b.dim(fb), depth = a.dim(ca);
        int n = batch * rows * cols;
        int perItem = ClTypes.elementSize(out.dtype()) > 4 ? DOT_PER_ITEM / 2 : DOT_PER_ITEM;
        // one item per output where a blocked work group would compute mostly padding, or is larger than the device allows
        boolean thin = rows < DOT_ITEMS || cols < DOT_ITEMS || device.maxWorkGroupSize() < DOT_ITEMS * DOT_ITEMS;
        return produce(out.dtype(), n, (result, operands) -> {
            ClKernel kernel = programs.kernel(thin ? KernelSources.dotPerElement(out.dtype()) : KernelSources.dot(out.dtype(), DOT_ITEMS, perItem));
            kernel.arg(0, result).arg(1, operands.on(in.get(0))).arg(2, operands.on(in.get(1)))
                    .arg(3, rows).arg(4, cols).arg(5, depth).arg(6, fa < 0 ? 0 : as[fa]).arg(7, as[ca]).arg(8, bs[cb])
                    .arg(9, fb < 0 ? 0 : bs[fb]).arg(10, batched ? as[dn.lhsBatch().get(0)] : 0).arg(11, batched ? bs[dn.rhsBatch().get(0)] : 0);
            if (thin) {
                enqueue(kernel, n);
            } else {
                int block = DOT_ITEMS * perItem;
                enqueue(kernel, new long[] {blocks(cols, block) * DOT_ITEMS, blocks(rows, block) * DOT_ITEMS, batch}, new long[] {DOT_ITEMS, DOT_ITEMS, 1});
            }
        });
    }

    /** The operand's one axis that is neither contracted nor batched, or -1 when it has none. */
    private static int freeAxis(Shape s, IntTuple contracting, IntTuple batch) {
        for (int i = 0; i < s.rank(); i++) if (!contracting.contains(i) && !batch.contains(i)) return i;
        return -1;
    }

    private static long blocks(int x, int block) { return (x + block - 1) / block; }

    // ---- device memory ------------------------------------------------------------------------

    /** Sets a kernel's arguments and enqueues it: {@code result} is the output's memory, {@code operands} gives the inputs'. */
    @FunctionalInterface
    private interface Launch {
        void enqueue(ClBuffer result, Operands operands);
    }

    /** The device memory of a launch's inputs; uploads it had to make only for this launch are released after it. */
    private final class Operands {
        private final List<ClBuffer> temporaries = new ArrayList<>();

        /**
         * The device memory holding {@code b}'s elements: its own when it is resident here, else
         * an upload that {@code b} keeps as its device copy (or, when it already has another
         * device's, a temporary of this launch).
         */
        ClBuffer on(Buffer b) {
            if (b.deviceMemory() instanceof ResidentMemory r && r.backend() == OpenClBackend.this) return r.buffer();
            ClBuffer up = upload(b);
            if (b.deviceMemory() == null) {
                ResidentMemory mine = new ResidentMemory(OpenClBackend.this, up);
                if (b.attach(mine) == mine) {
                    RELEASER.register(b, () -> free(up));
                    return up;
                }
            }
            temporaries.add(up);
            return up;
        }
    }

    /**
     * A buffer of {@code n} elements made on the device by {@code launch}: allocates the output,
     * lets {@code launch} set the arguments and enqueue, and releases the launch's temporary
     * uploads (after the commands that use them). Nothing is launched for an empty output.
     */
    private Buffer produce(DType dtype, int n, Launch launch) {
        if (n == 0) return Buffer.allocate(dtype, 0);
        Operands operands = new Operands();
        try {
            ClBuffer result = allocate(dtype, n);
            launch.enqueue(result, operands);
            return resident(result, dtype, n);
        } finally {
            operands.temporaries.forEach(this::free);
        }
    }

    /** Device memory for {@code n} elements, counted against the budget (which may collect garbage first). */
    private ClBuffer allocate(DType dtype, int n) {
        budget.reserve((long) n * ClTypes.elementSize(dtype));
        return ClBuffer.allocate(context, dtype, n);
    }

    /** A device copy of {@code b}'s elements, counted as an upload and against the budget. */
    private ClBuffer upload(Buffer b) {
        uploads++;
        budget.reserve((long) b.size() * ClTypes.elementSize(b.dtype()));
        return ClBuffer.upload(context, b);
    }

    /** Releases {@code memory} (after the commands that use it) and returns it to the budget. */
    private void free(ClBuffer memory) {
        memory.close();
        budget.release(memory.bytes());
    }

    /** A buffer of {@code n} elements held in {@code memory}; the memory is released when the buffer is garbage. */
    private Buffer resident(ClBuffer memory, DType dtype, int n) {
        Buffer b = Buffer.onDevice(dtype, n, new ResidentMemory(this, memory));
        RELEASER.register(b, () -> free(memory));
        return b;
    }

    /** The host copy of {@code memory}, after the work that produces it (and everything enqueued before). */
    synchronized Object download(ClBuffer memory) {
        downloads++;
        return memory.read(queue);
    }

    /** Waits for every command enqueued so far. */
    synchronized void finish() { queue.finish(); }

    private void enqueue(ClKernel kernel, int n) {
        launches++;
        queue.launch(kernel, n);
    }

    private void enqueue(ClKernel kernel, long[] global, long[] local) {
        launches++;
        queue.launch(kernel, global, local);
    }

    /** A read-only device copy of the shape metadata {@code meta}, shared by every launch with the same values. */
    private ClBuffer metaBuffer(int[] meta) {
        String key = java.util.Arrays.toString(meta);
        ClBuffer b = metadata.get(key);
        if (b == null) {
            b = ClBuffer.upload(context, Buffer.wrap(meta.length == 0 ? new int[1] : meta));
            metadata.put(key, b);
        }
        return b;
    }

    private static int[] concat(int[] head, List<int[]> tail) {
        int n = head.length;
        for (int[] t : tail) n += t.length;
        int[] out = java.util.Arrays.copyOf(head, n);
        int at = head.length;
        for (int[] t : tail) {
            System.arraycopy(t, 0, out, at, t.length);
            at += t.length;
        }
        return out;
    }

    /** Waits for the queue, then releases the programs, the shared metadata, the queue and the context. */
    @Override
    public synchronized void close() {
        queue.finish();
        programs.close();
        metadata.values().forEach(ClBuffer::close);
        metadata.clear();
        queue.close();
        context.close();
    }
}
