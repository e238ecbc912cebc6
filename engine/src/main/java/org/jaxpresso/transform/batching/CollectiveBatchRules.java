package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jaxpresso.Array;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.core.AxisIndex;
import org.jaxpresso.core.Collective;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.trace.TraceContext;

/**
 * vmap of the named-axis collectives, after JAX's {@code _batched_reduction_collective} and
 * {@code _axis_index_batcher}. A collective naming this vmap's axis reduces over the batch
 * dimension itself (so its result is unbatched); one naming only other axes passes through with
 * its positional axes shifted past the batch dimension.
 */
final class CollectiveBatchRules {
    private CollectiveBatchRules() {}

    /**
     * Whether {@code p} must be handled by the vmap of {@code axis} even with no batched operand:
     * a collective or axis_index naming that axis (JAX's {@code skippable_batchers} test).
     */
    static boolean namesAxis(Primitive p, AxisData axis) {
        if (axis.name() == null) return false;
        if (p instanceof Collective c) return c.namedAxes().contains(axis.name());
        if (p instanceof AxisIndex a) return a.axisName().equals(axis.name());
        return false;
    }

    /** {@code axis_index} of this vmap's axis: {@code iota} over the batch, batched at 0. */
    static BatchRules.Result axisIndex(AxisData axis) {
        return BatchRules.Result.of(Lax.iota(org.jaxpresso.DType.INT32, axis.size()), 0);
    }

    static BatchRules.Result collective(Collective c, List<Array> xs, int[] dims, AxisData axis) {
        boolean anyBatched = false;
        for (int d : dims) anyBatched |= d != NOT_MAPPED;
        boolean named = namesAxis(c, axis);
        if (!anyBatched) {
            if (named) return constantReduction(c, xs, axis);
            return new BatchRules.Result(TraceContext.bind(c, xs), dims.clone());
        }
        if (!named) {
            if (c.positionalAxes().size() == 0) return new BatchRules.Result(TraceContext.bind(c, xs), dims.clone());
            List<Object> mappedAxes = new ArrayList<>();
            for (Object a : c.axes()) mappedAxes.add(a instanceof Integer i ? BatchDims.bump(i, 0) : a);
            List<Array> out = positional(c.op(), xs, dims, c.axes(), UnaryOperator.identity(), mappedAxes);
            int[] outDims = new int[dims.length];
            for (int i = 0; i < dims.length; i++) outDims[i] = dims[i] == NOT_MAPPED ? NOT_MAPPED : 0;
            return new BatchRules.Result(out, outDims);
        }
        // Unbatched operands lose this axis from their axes (a psum multiplies them by the size);
        // batched ones reduce over their batch dimension, moved to 0, in place of the name.
        List<Object> unmappedAxes = new ArrayList<>();
        List<Object> mappedAxes = new ArrayList<>();
        for (Object a : c.axes()) {
            if (a.equals(axis.name())) {
                mappedAxes.add(0);
            } else {
                unmappedAxes.add(a);
                mappedAxes.add(a instanceof Integer i ? BatchDims.bump(i, 0) : a);
            }
        }
        UnaryOperator<Array> ifUnmapped = c.op() == Collective.Op.PSUM ? v -> Jnp.multiply(axis.size(), v) : UnaryOperator.identity();
        List<Array> out = positional(c.op(), xs, dims, unmappedAxes, ifUnmapped, mappedAxes);
        int[] outDims = new int[dims.length];
        Arrays.fill(outDims, NOT_MAPPED);
        return new BatchRules.Result(out, outDims);
    }

    /**
     * JAX's {@code _reduction_with_positional_batcher}: batched operands get their batch dimension
     * at 0; the unbatched operands, after {@code ifUnmapped}, are reduced in one equation with
     * {@code unmappedAxes}, then the batched ones in another with {@code mappedAxes}; the outputs
     * keep the operands' order.
     */
    private static List<Array> positional(Collective.Op op, List<Array> xs, int[] dims, List<Object> unmappedAxes,
                                          UnaryOperator<Array> ifUnmapped, List<Object> mappedAxes) {
        List<Array> mapped = new ArrayList<>();
        List<Array> unmapped = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            if (dims[i] == NOT_MAPPED) unmapped.add(xs.get(i));
            else mapped.add(BatchDims.moveaxis(xs.get(i), dims[i], 0));
        }
        unmapped.replaceAll(ifUnmapped);
        List<Array> unmappedOut = unmapped.isEmpty() ? List.of() : TraceContext.bind(new Collective(op, unmappedAxes), unmapped);
        List<Array> mappedOut = mapped.isEmpty() ? List.of() : TraceContext.bind(new Collective(op, mappedAxes), mapped);
        List<Array> out = new ArrayList<>(xs.size());
        int m = 0;
        int u = 0;
        for (int d : dims) out.add(d == NOT_MAPPED ? unmappedOut.get(u++) : mappedOut.get(m++));
        return out;
    }

    /**
     * JAX's {@code _constant_reduction}: nothing is batched, so every example holds the same value;
     * the other axes are reduced first, then a psum multiplies by the size and pmax/pmin keep it.
     */
    private static BatchRules.Result constantReduction(Collective c, List<Array> xs, AxisData axis) {
        List<Object> rest = new ArrayList<>(c.axes());
        rest.remove(axis.name());
        List<Array> vals = rest.isEmpty() ? xs : TraceContext.bind(new Collective(c.op(), rest), xs);
        List<Array> out = new ArrayList<>(vals.size());
        for (Array v : vals) out.add(c.op() == Collective.Op.PSUM ? Jnp.multiply(constantLike(v, axis.size()), v) : v);
        int[] outDims = new int[out.size()];
        Arrays.fill(outDims, NOT_MAPPED);
        return new BatchRules.Result(out, outDims);
    }

    /** {@code lax._const(v, value)}: a strongly typed scalar of {@code v}'s dtype. */
    private static Array constantLike(Array v, int value) {
        return Lax.convertElementType(org.jaxpresso.numpy.ArrayCreation.scalar(value), v.dtype());
    }
}
