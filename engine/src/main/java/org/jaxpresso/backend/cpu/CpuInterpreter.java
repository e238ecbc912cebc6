package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.*;

/**
 * The reference implementation of every primitive: plain loops, computed in {@code double} or
 * {@code long} and stored in the output dtype. It is the oracle every faster path is tested
 * against, so it stays simple and is never optimised.
 */
public final class CpuInterpreter implements Backend {
    @Override
    public String name() { return "cpu-reference"; }

    @Override
    public List<Buffer> execute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {
        if (p instanceof Split s) return ShapeKernels.split(s, in.getFirst(), inAvals.getFirst(), outAvals);
        if (p instanceof Collective c) return collective(c, in, inAvals, outAvals);
        ShapedArray out = outAvals.getFirst();
        Buffer result = switch (p) {
            case Unary op -> ElementwiseKernels.unary(op, in.getFirst(), out);
            case Round r -> ElementwiseKernels.round(r, in.getFirst(), out);
            case IntegerPow ip -> ElementwiseKernels.integerPow(ip.y(), in.getFirst(), out);
            case Binary op -> ElementwiseKernels.binary(op, in.get(0), inAvals.get(0), in.get(1), inAvals.get(1), out);
            case SelectN s -> ElementwiseKernels.selectN(in, inAvals, out);
            case Clamp c -> ElementwiseKernels.clamp(in, inAvals, out);
            case ConvertElementType c -> ElementwiseKernels.convert(in.getFirst(), out);
            case BroadcastInDim b -> ShapeKernels.broadcastInDim(b, in.getFirst(), inAvals.getFirst(), out);
            case Reshape r -> ShapeKernels.reshape(in.getFirst(), out);
            case Transpose t -> ShapeKernels.transpose(t, in.getFirst(), inAvals.getFirst(), out);
            case Squeeze s -> ShapeKernels.reshape(in.getFirst(), out);
            case Rev r -> ShapeKernels.rev(r, in.getFirst(), inAvals.getFirst(), out);
            case Slice s -> ShapeKernels.slice(s, in.getFirst(), inAvals.getFirst(), out);
            case DynamicSlice d -> ShapeKernels.dynamicSlice(d, in, inAvals, out);
            case DynamicUpdateSlice d -> ShapeKernels.dynamicUpdateSlice(in, inAvals, out);
            case Concatenate c -> ShapeKernels.concatenate(c, in, inAvals, out);
            case Pad pad -> ShapeKernels.pad(pad, in.get(0), inAvals.get(0), in.get(1), out);
            case Iota i -> ShapeKernels.iota(i, out);
            case Split s -> throw new IllegalStateException("split has several outputs and is handled above");
            case Gather g -> IndexingKernels.gather(g, in.get(0), inAvals.get(0), in.get(1), inAvals.get(1), out);
            case Scatter s -> IndexingKernels.scatter(s, in, inAvals, out);
            case DotGeneral d -> ReductionKernels.dotGeneral(d, in.get(0), inAvals.get(0), in.get(1), inAvals.get(1), out);
            case Reduce r -> ReductionKernels.reduce(r, in.getFirst(), inAvals.getFirst(), out);
            case ArgReduce a -> ReductionKernels.argReduce(a, in.getFirst(), inAvals.getFirst(), out);
            case Cumulative c -> ReductionKernels.cumulative(c, in.getFirst(), inAvals.getFirst(), out);
            case ConvGeneralDilated c -> ConvolutionKernels.convGeneralDilated(c, in.get(0), inAvals.get(0), in.get(1), inAvals.get(1), out);
            case Collective c -> throw new IllegalStateException("collectives have one output per operand and are handled above");
            case AxisIndex a -> throw AxisEnv.unbound(a.axisName());
            case JitCall j -> throw new IllegalStateException("jit calls run through their jaxpr (EvalTrace), not as one kernel");
        };
        return List.of(result);
    }

    /**
     * A collective over positional axes only is a {@code reduce_*} of each operand (JAX's
     * {@code _allreduce_impl}); a name left in it means no vmap of that name was there to take it.
     */
    private static List<Buffer> collective(Collective c, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {
        List<String> names = c.namedAxes();
        if (!names.isEmpty()) throw AxisEnv.unbound(names.getFirst());
        int[] axes = c.positionalAxes().toArray();
        java.util.Arrays.sort(axes);
        Reduce reduce = new Reduce(c.op().reduceOp(), IntTuple.of(axes));
        List<Buffer> out = new java.util.ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) out.add(ReductionKernels.reduce(reduce, in.get(i), inAvals.get(i), outAvals.get(i)));
        return out;
    }
}
