package org.jaxpresso.backend.opencl;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.cpu.CpuBackend;
import org.jaxpresso.backend.opencl.KernelSources.Access;
import org.jaxpresso.backend.opencl.KernelSources.Operand;
import org.jaxpresso.core.*;

/**
 * Runs eager primitives as OpenCL kernels on one device: the elementwise families, clamp,
 * select_n, convert_element_type, integer_pow, round, broadcast_in_dim, every reduction over any
 * axes and plain 2-D {@code dot_general}. Other primitives run on the {@link CpuBackend}.
 *
 * <p>This first step copies operands to the device and the result back for every operation,
 * and waits for it (arrays are not yet resident on the device). float64 needs a device that
 * reports double precision. Launches are serialised: one backend, one queue, one thread at a time.
 */
public final class OpenClBackend implements Backend, AutoCloseable {
    private final ClDevice device;
    private final ClContext context;
    private final ClQueue queue;
    private final ProgramCache programs;
    private final CpuBackend fallback = new CpuBackend();

    private OpenClBackend(ClDevice device) {
        this.device = device;
        this.context = new ClContext(device);
        this.queue = new ClQueue(context);
        this.programs = new ProgramCache(context);
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

    /** How many programs have been built, and their total build time in nanoseconds. */
    public synchronized long[] buildStatistics() { return new long[] {programs.size(), programs.buildNanos()}; }

    @Override
    public synchronized List<Buffer> execute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {
        checkFloat64(p, inAvals, outAvals);
        ShapedArray out = outAvals.getFirst();
        Buffer result = switch (p) {
            case Unary op -> map(in, inAvals, out, ElementwiseRenderer.unary(op, inAvals.getFirst().dtype(), "a0"));
            case Round r -> map(in, inAvals, out, ElementwiseRenderer.round(r.roundingMethod(), "a0"));
            case IntegerPow ip -> mapStatements(in, inAvals, out, ElementwiseRenderer.integerPow(ip.y(), out.dtype(), "a0", "r"));
            case Binary op -> map(in, inAvals, out, ElementwiseRenderer.binary(op, inAvals.getFirst().dtype(), "a0", "a1"));
            case SelectN s -> map(in, inAvals, out, select(in.size() - 1, inAvals.getFirst().dtype()));
            case Clamp c -> map(in, inAvals, out, ElementwiseRenderer.clamp(out.dtype(), "a0", "a1", "a2"));
            case ConvertElementType c -> map(in, inAvals, out, ElementwiseRenderer.convert(inAvals.getFirst().dtype(), out.dtype(), "a0"));
            case BroadcastInDim b -> broadcastInDim(b, in.getFirst(), inAvals.getFirst(), out);
            case Reduce r -> reduce(r, in.getFirst(), inAvals.getFirst(), out);
            case DotGeneral d -> isPlainMatmul(d, inAvals, out) ? matmul(d, in, inAvals, out) : null;
            case Reshape r -> null;
            case Transpose t -> null;
            case Squeeze s -> null;
            case Rev r -> null;
            case Slice s -> null;
            case DynamicSlice d -> null;
            case DynamicUpdateSlice d -> null;
            case Concatenate c -> null;
            case Pad pad -> null;
            case Iota i -> null;
            case Split s -> null;
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

    private static String select(int cases, DType which) {
        // which is bool (0/1) or int32 clamped into [0, cases), as the reference does
        String k = which.isBool() ? "a0" : "clamp(a0, 0, " + (cases - 1) + ")";
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cases - 1; c++) s.append(k).append(" == ").append(c).append(" ? a").append(c + 1).append(" : ");
        return s.append('a').append(cases).toString();
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

    private Buffer launchMap(String source, List<Buffer> in, ShapedArray out, int rank, int[] meta) {
        int n = out.shape().size();
        if (n == 0) return Buffer.allocate(out.dtype(), 0);
        ClKernel kernel = programs.kernel(source);
        List<ClBuffer> resident = new ArrayList<>();
        try {
            ClBuffer result = track(resident, ClBuffer.allocate(context, out.dtype(), n));
            kernel.arg(0, result);
            for (int k = 0; k < in.size(); k++) kernel.arg(k + 1, track(resident, ClBuffer.upload(context, queue, in.get(k))));
            kernel.arg(in.size() + 1, n).arg(in.size() + 2, rank).arg(in.size() + 3, track(resident, metaBuffer(meta)));
            queue.launch(kernel, n);
            return result.download(queue);
        } finally {
            resident.forEach(ClBuffer::close);
        }
    }

    // ---- reductions and dot -------------------------------------------------------------------

    private Buffer reduce(Reduce r, Buffer x, ShapedArray xAval, ShapedArray out) {
        int n = out.shape().size();
        if (n == 0) return Buffer.allocate(out.dtype(), 0);
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
        ClKernel kernel = programs.kernel(KernelSources.reduce(r.op(), out.dtype()));
        try (ClBuffer result = ClBuffer.allocate(context, out.dtype(), n);
             ClBuffer input = ClBuffer.upload(context, queue, x);
             ClBuffer meta = metaBuffer(concat(concat(keptDims, List.of(keptStrides)), List.of(redDims, redStrides)))) {
            kernel.arg(0, result).arg(1, input).arg(2, n).arg(3, kept).arg(4, axes.size()).arg(5, reducedCount).arg(6, meta);
            queue.launch(kernel, n);
            return result.download(queue);
        }
    }

    private static boolean isPlainMatmul(DotGeneral d, List<ShapedArray> inAvals, ShapedArray out) {
        DotDimensionNumbers dn = d.dimensionNumbers();
        ShapedArray a = inAvals.get(0), b = inAvals.get(1);
        return a.rank() == 2 && b.rank() == 2 && dn.lhsBatch().isEmpty() && dn.lhsContracting().size() == 1
                && a.dtype() == out.dtype() && b.dtype() == out.dtype() && !out.dtype().isBool();
    }

    private Buffer matmul(DotGeneral d, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        Shape a = inAvals.get(0).shape(), b = inAvals.get(1).shape();
        int ca = d.dimensionNumbers().lhsContracting().get(0), cb = d.dimensionNumbers().rhsContracting().get(0);
        int rows = a.dim(1 - ca), cols = b.dim(1 - cb), depth = a.dim(ca);
        int[] as = a.strides(), bs = b.strides();
        int n = rows * cols;
        if (n == 0) return Buffer.allocate(out.dtype(), 0);
        ClKernel kernel = programs.kernel(KernelSources.dot(out.dtype()));
        try (ClBuffer result = ClBuffer.allocate(context, out.dtype(), n);
             ClBuffer lhs = ClBuffer.upload(context, queue, in.get(0));
             ClBuffer rhs = ClBuffer.upload(context, queue, in.get(1))) {
            kernel.arg(0, result).arg(1, lhs).arg(2, rhs).arg(3, rows).arg(4, cols).arg(5, depth)
                    .arg(6, as[1 - ca]).arg(7, as[ca]).arg(8, bs[cb]).arg(9, bs[1 - cb]);
            queue.launch(kernel, n);
            return result.download(queue);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private ClBuffer metaBuffer(int[] meta) {
        return ClBuffer.upload(context, queue, Buffer.wrap(meta.length == 0 ? new int[1] : meta));
    }

    private static ClBuffer track(List<ClBuffer> resident, ClBuffer b) {
        resident.add(b);
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

    /** Releases the programs, the queue and the context. */
    @Override
    public synchronized void close() {
        programs.close();
        queue.close();
        context.close();
    }
}
