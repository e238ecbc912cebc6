package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchDims.atFront;
import static org.jaxpresso.transform.batching.BatchDims.bump;
import static org.jaxpresso.transform.batching.BatchDims.moveaxis;
import static org.jaxpresso.transform.batching.BatchDims.plusOne;
import static org.jaxpresso.transform.batching.BatchDims.prepend;
import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Lax;
import org.jaxpresso.core.*;
import org.jaxpresso.trace.TraceContext;

/**
 * vmap's rule for every primitive, following JAX's batching rules (JAXPR.md §4.2), so that the
 * jaxpr of a vmapped function is the text JAX prints. A rule gets the batch values and their
 * batch dimensions (at least one batched) and returns outputs with theirs; it runs with the
 * parent trace current, so the lax calls it makes are staged or evaluated one level down.
 */
final class BatchRules {
    private BatchRules() {}

    /** The rule's outputs and their batch dimensions ({@link BatchTrace#NOT_MAPPED} for unbatched). */
    record Result(List<Array> values, int[] dims) {
        static Result of(Array value, int dim) { return new Result(List.of(value), new int[] {dim}); }
    }

    static Result apply(Primitive p, List<Array> xs, int[] dims, AxisData axis) {
        return switch (p) {
            case Unary u -> same(p, xs, dims);
            case Round r -> same(p, xs, dims);
            case IntegerPow ip -> same(p, xs, dims);
            case ConvertElementType c -> same(p, xs, dims);
            case Binary b -> broadcasting(p, xs, dims);
            case SelectN s -> selectN(xs, dims);
            case Clamp c -> clamp(xs, dims);
            case BroadcastInDim b -> broadcastInDim(b, xs.getFirst(), dims[0], axis.size());
            case Reshape r -> Result.of(bind(new Reshape(Shape.of(prepend(axis.size(), r.newSizes().dims()))), moveaxis(xs.getFirst(), dims[0], 0)), 0);
            case Transpose t -> transpose(t, xs.getFirst(), dims[0]);
            case Squeeze s -> Result.of(bind(new Squeeze(IntTuple.of(plusOne(s.dimensions().toArray()))), moveaxis(xs.getFirst(), dims[0], 0)), 0);
            case Rev r -> Result.of(bind(new Rev(IntTuple.of(bump(r.dimensions().toArray(), dims[0]))), xs.getFirst()), dims[0]);
            case Slice s -> slice(s, xs.getFirst(), dims[0]);
            case DynamicSlice d -> IndexingBatchRules.dynamicSlice(d, xs, dims, axis.size());
            case DynamicUpdateSlice d -> IndexingBatchRules.dynamicUpdateSlice(xs, dims, axis.size());
            case Concatenate c -> concatenate(c, xs, dims, axis.size());
            case Pad pad -> pad(pad, xs, dims, axis.size());
            case Iota i -> throw new IllegalStateException("iota has no operands, so it is never batched");
            case Split s -> split(s, xs.getFirst(), dims[0]);
            case Gather g -> IndexingBatchRules.gather(g, xs, dims, axis.size());
            case Scatter s -> IndexingBatchRules.scatter(s, xs, dims, axis.size());
            case DotGeneral d -> dotGeneral(d, xs, dims);
            case Reduce r -> reduce(r, xs.getFirst(), dims[0]);
            case ArgReduce a -> argReduce(a, xs.getFirst(), dims[0]);
            case Cumulative c -> Result.of(bind(new Cumulative(c.op(), bump(c.axis(), dims[0]), c.reverse()), xs.getFirst()), dims[0]);
            case ConvGeneralDilated c -> ConvolutionBatchRule.apply(c, xs, dims);
            case JitCall j -> JitBatchRule.apply(j, xs, dims, axis);
            case Collective c -> CollectiveBatchRules.collective(c, xs, dims, axis);
            case AxisIndex a -> CollectiveBatchRules.axisIndex(axis);
        };
    }

    static Array bind(Primitive p, Array... args) { return TraceContext.bind1(p, args); }

    /** Elementwise ops of one operand ({@code defvectorized}): the output keeps the batch dimension. */
    private static Result same(Primitive p, List<Array> xs, int[] dims) {
        return Result.of(TraceContext.bind(p, xs).getFirst(), dims[0]);
    }

    /**
     * JAX's {@code broadcast_batcher}: when every non-scalar operand has the same shape and batch
     * dimension, the op is emitted unchanged; otherwise batched operands move their batch dimension
     * to 0, unbatched non-scalars get a leading size-1 axis, lower-rank batched operands get
     * trailing size-1 axes, and lax's size-1 broadcasting does the rest (output batched at 0).
     */
    private static Result broadcasting(Primitive p, List<Array> xs, int[] dims) {
        Shape shape = null;
        int dim = NOT_MAPPED;
        for (int i = 0; i < xs.size(); i++) {
            if (dims[i] != NOT_MAPPED) {
                shape = xs.get(i).shape();
                dim = dims[i];
                break;
            }
        }
        boolean agree = true;
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i).ndim() > 0) agree &= xs.get(i).shape().equals(shape) && dims[i] == dim;
        }
        if (agree) return new Result(TraceContext.bind(p, xs), new int[] {dim});
        List<Array> args = new ArrayList<>(xs.size());
        int rank = 0;
        for (int i = 0; i < xs.size(); i++) {
            Array x = xs.get(i);
            Array a = x.ndim() > 0 ? atFront(x, dims[i], 1) : x;
            args.add(a);
            rank = Math.max(rank, a.ndim());
        }
        for (int i = 0; i < args.size(); i++) {
            if (dims[i] != NOT_MAPPED) args.set(i, BatchDims.expandTrailing(args.get(i), rank));
        }
        return new Result(TraceContext.bind(p, args), new int[] {0});
    }

    /** JAX's {@code _select_batch_rule}. */
    private static Result selectN(List<Array> xs, int[] dims) {
        Array which = xs.getFirst();
        int whichDim = dims[0];
        List<Array> cases = new ArrayList<>(xs.subList(1, xs.size()));
        int[] caseDims = java.util.Arrays.copyOfRange(dims, 1, dims.length);
        int size = BatchDims.size(xs, dims);
        boolean allEqual = true;
        for (int d : caseDims) allEqual &= d == whichDim;
        if (allEqual) {
            if (which.shape().equals(cases.getFirst().shape())) return Result.of(Lax.selectN(which, cases.toArray(Array[]::new)), whichDim);
            Array w = Lax.broadcastInDim(which, cases.getFirst().shape().dims(), new int[] {whichDim});
            return Result.of(Lax.selectN(w, cases.toArray(Array[]::new)), whichDim);
        }
        boolean casesBatched = true;
        for (int d : caseDims) casesBatched &= d != NOT_MAPPED;
        if (which.ndim() == 0 && casesBatched) {
            boolean sameDims = true;
            for (int d : caseDims) sameDims &= d == caseDims[0];
            if (sameDims) return Result.of(Lax.selectN(which, cases.toArray(Array[]::new)), caseDims[0]);
            boolean sameShapes = true;
            for (Array c : cases) sameShapes &= c.shape().equals(cases.getFirst().shape());
            if (sameShapes) {
                for (int i = 1; i < cases.size(); i++) cases.set(i, moveaxis(cases.get(i), caseDims[i], caseDims[0]));
                return Result.of(Lax.selectN(which, cases.toArray(Array[]::new)), caseDims[0]);
            }
        }
        if (which.ndim() > 0) which = atFront(which, whichDim, size);
        boolean allScalarCases = true;
        for (Array c : cases) allScalarCases &= c.ndim() == 0;
        if (!allScalarCases) {
            for (int i = 0; i < cases.size(); i++) cases.set(i, atFront(cases.get(i), caseDims[i], size));
        }
        if (which.ndim() > 0 && which.ndim() < cases.getFirst().ndim()) {
            which = Lax.broadcastInDim(which, cases.getFirst().shape().dims(), new int[] {0});
        }
        if (which.ndim() > cases.getFirst().ndim()) {
            for (int i = 0; i < cases.size(); i++) cases.set(i, BatchDims.broadcastTo(cases.get(i), which.shape().dims()));
        }
        return Result.of(Lax.selectN(which, cases.toArray(Array[]::new)), 0);
    }

    /** JAX's {@code _clamp_batch_rule}. */
    private static Result clamp(List<Array> xs, int[] dims) {
        Array min = xs.get(0);
        Array x = xs.get(1);
        Array max = xs.get(2);
        int minDim = dims[0];
        int xDim = dims[1];
        int maxDim = dims[2];
        int size = BatchDims.size(xs, dims);
        if (minDim == xDim && xDim == maxDim) {
            if (min.shape().equals(x.shape()) && max.shape().equals(x.shape())) return Result.of(Lax.clamp(min, x, max), xDim);
            if (min.ndim() == 0 && max.ndim() == 0) return Result.of(Lax.clamp(min, x, max), xDim);
            if (min.ndim() == 1 && max.ndim() == 1) {
                min = Lax.broadcastInDim(min, x.shape().dims(), new int[] {minDim});
                max = Lax.broadcastInDim(max, x.shape().dims(), new int[] {maxDim});
                return Result.of(Lax.clamp(min, x, max), xDim);
            }
        } else if (min.ndim() == 0 && max.ndim() == 0 && xDim != NOT_MAPPED) {
            return Result.of(Lax.clamp(min, x, max), xDim);
        }
        if (min.ndim() > 0) min = atFront(min, minDim, size);
        if (max.ndim() > 0) max = atFront(max, maxDim, size);
        if (x.ndim() > 0) x = atFront(x, xDim, size);
        if (min.ndim() == 0 && x.ndim() > 0) min = BatchDims.broadcastTo(min, x.shape().dims());
        if (max.ndim() == 0 && x.ndim() > 0) max = BatchDims.broadcastTo(max, x.shape().dims());
        if (min.ndim() > 0 && min.ndim() < x.ndim()) min = Lax.broadcastInDim(min, x.shape().dims(), new int[] {0});
        if (max.ndim() > 0 && max.ndim() < x.ndim()) max = Lax.broadcastInDim(max, x.shape().dims(), new int[] {0});
        if (min.ndim() > x.ndim()) x = BatchDims.broadcastTo(x, min.shape().dims());
        // Beyond JAX's rule, which fails here: a scalar unbatched operand between a scalar min and a batched max.
        if (max.ndim() > x.ndim()) x = BatchDims.broadcastTo(x, max.shape().dims());
        return Result.of(Lax.clamp(min, x, max), 0);
    }

    /** The operand's batch dimension goes to 0; the target shape and dimensions shift by one. */
    private static Result broadcastInDim(BroadcastInDim b, Array x, int dim, int size) {
        Array front = moveaxis(x, dim, 0);
        int[] shape = prepend(size, b.shape().dims());
        int[] bdims = prepend(0, plusOne(b.broadcastDimensions().toArray()));
        return Result.of(Lax.broadcastInDim(front, shape, bdims), 0);
    }

    /** The batch dimension leads the permutation; the output is batched at 0. */
    private static Result transpose(Transpose t, Array x, int dim) {
        int[] perm = new int[t.permutation().size() + 1];
        perm[0] = dim;
        for (int i = 0; i < t.permutation().size(); i++) perm[i + 1] = bump(t.permutation().get(i), dim);
        return Result.of(Lax.transpose(x, perm), 0);
    }

    /** A full-range slice of the batch dimension is inserted; the batch dimension stays. */
    private static Result slice(Slice s, Array x, int dim) {
        List<Integer> start = new ArrayList<>(s.startIndices().toList());
        List<Integer> limit = new ArrayList<>(s.limitIndices().toList());
        start.add(dim, 0);
        limit.add(dim, x.shape(dim));
        IntTuple strides = null;
        if (s.strides() != null) {
            List<Integer> st = new ArrayList<>(s.strides().toList());
            st.add(dim, 1);
            strides = IntTuple.of(st);
        }
        return Result.of(bind(new Slice(IntTuple.of(start), IntTuple.of(limit), strides), x), dim);
    }

    /** Batched operands move their batch dimension to 0, unbatched ones are broadcast; the joined dimension shifts by one. */
    private static Result concatenate(Concatenate c, List<Array> xs, int[] dims, int size) {
        List<Array> args = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) args.add(atFront(xs.get(i), dims[i], size));
        return Result.of(Lax.concatenate(args, c.dimension() + 1), 0);
    }

    /** JAX's {@code _pad_batch_rule}; a batched padding value becomes a select against a mask. */
    private static Result pad(Pad p, List<Array> xs, int[] dims, int size) {
        Array x = xs.get(0);
        Array value = xs.get(1);
        int dim = dims[0];
        if (dim == NOT_MAPPED) {
            dim = 0;
            x = BatchDims.broadcast(x, size, 0);
        }
        List<Pad.Config> config = new ArrayList<>(p.paddingConfig());
        config.add(dim, new Pad.Config(0, 0, 0));
        Pad batched = new Pad(config);
        if (dims[1] == NOT_MAPPED) return Result.of(bind(batched, x, value), dim);
        Array zero = Lax.convertElementType(org.jaxpresso.numpy.ArrayCreation.scalar(0), x.dtype());
        Array padded = bind(batched, x, zero);
        Array ones = Lax.broadcastInDim(org.jaxpresso.numpy.ArrayCreation.scalar(true), x.shape().dims(), new int[0]);
        Array mask = bind(batched, ones, org.jaxpresso.numpy.ArrayCreation.scalar(false));
        Array fill = Lax.broadcastInDim(moveaxis(value, dims[1], 0), padded.shape().dims(), new int[] {dim});
        return Result.of(Lax.selectN(mask, fill, padded), dim);
    }

    /** Every piece keeps the batch dimension; the split axis shifts past it. */
    private static Result split(Split s, Array x, int dim) {
        List<Array> pieces = TraceContext.bind(new Split(s.sizes(), bump(s.axis(), dim)), List.of(x));
        int[] outDims = new int[pieces.size()];
        java.util.Arrays.fill(outDims, dim);
        return new Result(pieces, outDims);
    }

    /** {@code defreducer}: axes shift past the batch dimension, which keeps its place among the survivors. */
    private static Result reduce(Reduce r, Array x, int dim) {
        int[] axes = bump(r.axes().toArray(), dim);
        return Result.of(bind(new Reduce(r.op(), IntTuple.of(axes)), x), survivorPosition(axes, dim));
    }

    private static Result argReduce(ArgReduce a, Array x, int dim) {
        int axis = bump(a.axis(), dim);
        return Result.of(bind(new ArgReduce(a.op(), axis, a.indexDtype()), x), survivorPosition(new int[] {axis}, dim));
    }

    private static int survivorPosition(int[] removed, int dim) {
        int pos = 0;
        for (int i = 0; i < dim; i++) {
            boolean gone = false;
            for (int r : removed) gone |= r == i;
            if (!gone) pos++;
        }
        return pos;
    }

    /**
     * JAX's {@code _dot_general_batch_dim_nums}: both batched, the vmapped dimensions become a new
     * leading dot_general batch dimension; one batched, its dimension becomes a free dimension of
     * that side and the output batch dimension is where that free dimension lands.
     */
    private static Result dotGeneral(DotGeneral d, List<Array> xs, int[] dims) {
        Array lhs = xs.get(0);
        Array rhs = xs.get(1);
        int lbd = dims[0];
        int rbd = dims[1];
        DotDimensionNumbers dn = d.dimensionNumbers();
        int[] lc = dn.lhsContracting().toArray();
        int[] rc = dn.rhsContracting().toArray();
        int[] lb = dn.lhsBatch().toArray();
        int[] rb = dn.rhsBatch().toArray();
        int outDim;
        if (lbd != NOT_MAPPED && rbd != NOT_MAPPED) {
            lb = prepend(lbd, bump(lb, lbd));
            rb = prepend(rbd, bump(rb, rbd));
            lc = bump(lc, lbd);
            rc = bump(rc, rbd);
            outDim = 0;
        } else if (lbd != NOT_MAPPED) {
            lb = bump(lb, lbd);
            lc = bump(lc, lbd);
            outDim = lb.length + freeBefore(lhs.ndim(), lb, lc, lbd);
        } else {
            rb = bump(rb, rbd);
            rc = bump(rc, rbd);
            int lhsRank = lhs.ndim();
            outDim = lhsRank - lc.length + freeBefore(rhs.ndim(), rb, rc, rbd);
        }
        return Result.of(Lax.dotGeneral(lhs, rhs, lc, rc, lb, rb, d.preferredElementType()), outDim);
    }

    /** How many free dimensions (neither batch nor contracting) come before {@code bdim}. */
    private static int freeBefore(int rank, int[] batch, int[] contracting, int bdim) {
        int n = 0;
        for (int i = 0; i < bdim; i++) {
            boolean used = false;
            for (int b : batch) used |= b == i;
            for (int c : contracting) used |= c == i;
            if (!used) n++;
        }
        return n;
    }

}
