package org.jaxpresso;

import static org.jaxpresso.trace.TraceContext.bind1;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jaxpresso.core.*;
import org.jaxpresso.numpy.ArrayCreation;
import org.jaxpresso.numpy.Promotion;
import org.jaxpresso.trace.TraceContext;
import org.jaxpresso.trace.Tracer;
import org.jaxpresso.tree.PyTree;

/**
 * One static method per primitive, as {@code jax.lax}: strict (operands of equal dtype; shapes
 * equal, size 1, or rank 0), no promotion, no implicit broadcasting beyond lax's own. For
 * numpy-style convenience use {@link Jnp}.
 */
public final class Lax {
    private Lax() {}

    private static Array unary(Unary op, Array x) { return bind1(op, x); }

    public static Array neg(Array x) { return unary(Unary.NEG, x); }
    public static Array sign(Array x) { return unary(Unary.SIGN, x); }
    public static Array floor(Array x) { return unary(Unary.FLOOR, x); }
    public static Array ceil(Array x) { return unary(Unary.CEIL, x); }
    public static Array isFinite(Array x) { return unary(Unary.IS_FINITE, x); }
    public static Array exp(Array x) { return unary(Unary.EXP, x); }
    public static Array exp2(Array x) { return unary(Unary.EXP2, x); }
    public static Array log(Array x) { return unary(Unary.LOG, x); }
    public static Array log1p(Array x) { return unary(Unary.LOG1P, x); }
    public static Array expm1(Array x) { return unary(Unary.EXPM1, x); }
    public static Array tanh(Array x) { return unary(Unary.TANH, x); }
    public static Array logistic(Array x) { return unary(Unary.LOGISTIC, x); }
    public static Array sin(Array x) { return unary(Unary.SIN, x); }
    public static Array cos(Array x) { return unary(Unary.COS, x); }
    public static Array tan(Array x) { return unary(Unary.TAN, x); }
    public static Array asin(Array x) { return unary(Unary.ASIN, x); }
    public static Array acos(Array x) { return unary(Unary.ACOS, x); }
    public static Array atan(Array x) { return unary(Unary.ATAN, x); }
    public static Array sinh(Array x) { return unary(Unary.SINH, x); }
    public static Array cosh(Array x) { return unary(Unary.COSH, x); }
    public static Array asinh(Array x) { return unary(Unary.ASINH, x); }
    public static Array acosh(Array x) { return unary(Unary.ACOSH, x); }
    public static Array atanh(Array x) { return unary(Unary.ATANH, x); }
    public static Array sqrt(Array x) { return unary(Unary.SQRT, x); }
    public static Array rsqrt(Array x) { return unary(Unary.RSQRT, x); }
    public static Array cbrt(Array x) { return unary(Unary.CBRT, x); }
    public static Array abs(Array x) { return unary(Unary.ABS, x); }
    /** {@code lax.bitwise_not}; named {@code not} in jaxprs ({@code not} is no Java identifier). */
    public static Array bitwiseNot(Array x) { return unary(Unary.NOT, x); }
    public static Array square(Array x) { return unary(Unary.SQUARE, x); }

    /** Rounds half away from zero, as {@code lax.round}'s default. */
    public static Array round(Array x) { return round(x, Round.RoundingMethod.AWAY_FROM_ZERO); }

    public static Array round(Array x, Round.RoundingMethod method) { return bind1(new Round(method), x); }

    public static Array integerPow(Array x, int y) { return bind1(new IntegerPow(y), x); }

    private static Array binary(Binary op, Array x, Array y) { return bind1(op, x, y); }

    public static Array add(Array x, Array y) { return binary(Binary.ADD, x, y); }
    public static Array sub(Array x, Array y) { return binary(Binary.SUB, x, y); }
    public static Array mul(Array x, Array y) { return binary(Binary.MUL, x, y); }
    public static Array div(Array x, Array y) { return binary(Binary.DIV, x, y); }
    public static Array rem(Array x, Array y) { return binary(Binary.REM, x, y); }
    public static Array pow(Array x, Array y) { return binary(Binary.POW, x, y); }
    public static Array max(Array x, Array y) { return binary(Binary.MAX, x, y); }
    public static Array min(Array x, Array y) { return binary(Binary.MIN, x, y); }
    public static Array atan2(Array x, Array y) { return binary(Binary.ATAN2, x, y); }
    /** {@code lax.bitwise_and}; {@code and} in jaxprs. */
    public static Array bitwiseAnd(Array x, Array y) { return binary(Binary.AND, x, y); }
    public static Array bitwiseOr(Array x, Array y) { return binary(Binary.OR, x, y); }
    public static Array bitwiseXor(Array x, Array y) { return binary(Binary.XOR, x, y); }
    public static Array eq(Array x, Array y) { return binary(Binary.EQ, x, y); }
    public static Array ne(Array x, Array y) { return binary(Binary.NE, x, y); }
    public static Array lt(Array x, Array y) { return binary(Binary.LT, x, y); }
    public static Array le(Array x, Array y) { return binary(Binary.LE, x, y); }
    public static Array gt(Array x, Array y) { return binary(Binary.GT, x, y); }
    public static Array ge(Array x, Array y) { return binary(Binary.GE, x, y); }

    /** {@code select_n(which, *cases)}: {@code cases[which]} elementwise; a bool {@code which} picks case 0 for False. */
    public static Array selectN(Array which, Array... cases) {
        List<Array> args = new ArrayList<>();
        args.add(which);
        args.addAll(List.of(cases));
        return TraceContext.bind(new SelectN(), args).getFirst();
    }

    public static Array clamp(Array min, Array x, Array max) { return bind1(new Clamp(), min, x, max); }

    public static Array convertElementType(Array x, DType newDtype) { return convertElementType(x, newDtype, false); }

    public static Array convertElementType(Array x, DType newDtype, boolean weakType) {
        return bind1(new ConvertElementType(newDtype, weakType), x);
    }

    public static Array broadcastInDim(Array x, int[] shape, int[] broadcastDimensions) {
        return bind1(new BroadcastInDim(Shape.of(shape), IntTuple.of(broadcastDimensions)), x);
    }

    public static Array reshape(Array x, int... newSizes) { return bind1(new Reshape(Shape.of(newSizes)), x); }

    public static Array transpose(Array x, int... permutation) { return bind1(new Transpose(IntTuple.of(permutation)), x); }

    public static Array squeeze(Array x, int... dimensions) { return bind1(new Squeeze(IntTuple.of(dimensions)), x); }

    public static Array rev(Array x, int... dimensions) { return bind1(new Rev(IntTuple.of(dimensions)), x); }

    public static Array slice(Array x, int[] startIndices, int[] limitIndices) { return slice(x, startIndices, limitIndices, null); }

    /** {@code strides} may be null (all 1), which prints {@code strides=None}. */
    public static Array slice(Array x, int[] startIndices, int[] limitIndices, int[] strides) {
        return bind1(new Slice(IntTuple.of(startIndices), IntTuple.of(limitIndices), strides == null ? null : IntTuple.of(strides)), x);
    }

    public static Array dynamicSlice(Array x, Array[] startIndices, int[] sliceSizes) {
        List<Array> args = new ArrayList<>();
        args.add(x);
        args.addAll(List.of(startIndices));
        return TraceContext.bind(new DynamicSlice(IntTuple.of(sliceSizes)), args).getFirst();
    }

    public static Array dynamicUpdateSlice(Array x, Array update, Array... startIndices) {
        List<Array> args = new ArrayList<>(List.of(x, update));
        args.addAll(List.of(startIndices));
        return TraceContext.bind(new DynamicUpdateSlice(), args).getFirst();
    }

    public static Array concatenate(List<Array> operands, int dimension) {
        return TraceContext.bind(new Concatenate(dimension), operands).getFirst();
    }

    /** {@code config[i] = {lo, hi, interior}} for each dimension. */
    public static Array pad(Array x, Array paddingValue, int[][] config) {
        List<Pad.Config> cs = new ArrayList<>();
        for (int[] c : config) cs.add(new Pad.Config(c[0], c[1], c[2]));
        return bind1(new Pad(cs), x, paddingValue);
    }

    /** {@code lax.split}: pieces of the given sizes along {@code axis}. */
    public static List<Array> split(Array x, int[] sizes, int axis) {
        return TraceContext.bind(new Split(IntTuple.of(sizes), axis), List.of(x));
    }

    public static Array iota(DType dtype, int size) { return broadcastedIota(dtype, new int[] {size}, 0); }

    public static Array broadcastedIota(DType dtype, int[] shape, int dimension) {
        return TraceContext.bind(new Iota(dtype, Shape.of(shape), dimension), List.of()).getFirst();
    }

    public static Array gather(Array operand, Array indices, GatherDimensionNumbers dimensionNumbers, int[] sliceSizes,
                               GatherScatterMode mode) {
        return bind1(Gather.of(dimensionNumbers, IntTuple.of(sliceSizes), mode, false, false, operand.dtype()), operand, indices);
    }

    public static Array scatter(Scatter.Op op, Array operand, Array indices, Array updates, ScatterDimensionNumbers dimensionNumbers,
                                GatherScatterMode mode) {
        return bind1(new Scatter(op, dimensionNumbers, mode, false, false), operand, indices, updates);
    }

    /** {@code lax.dot_general(lhs, rhs, ((lc, rc), (lb, rb)), preferred_element_type)}; {@code preferred} may be null. */
    public static Array dotGeneral(Array lhs, Array rhs, int[] lhsContracting, int[] rhsContracting, int[] lhsBatch, int[] rhsBatch,
                                   DType preferred) {
        DotDimensionNumbers dn = new DotDimensionNumbers(IntTuple.of(lhsContracting), IntTuple.of(rhsContracting),
                IntTuple.of(lhsBatch), IntTuple.of(rhsBatch));
        return bind1(new DotGeneral(dn, preferred), lhs, rhs);
    }

    public static Array dotGeneral(Array lhs, Array rhs, int[] lhsContracting, int[] rhsContracting) {
        return dotGeneral(lhs, rhs, lhsContracting, rhsContracting, new int[0], new int[0], null);
    }

    private static Array reduce(Reduce.Op op, Array x, int... axes) { return bind1(new Reduce(op, IntTuple.of(axes)), x); }

    public static Array reduceSum(Array x, int... axes) { return reduce(Reduce.Op.SUM, x, axes); }
    public static Array reduceMax(Array x, int... axes) { return reduce(Reduce.Op.MAX, x, axes); }
    public static Array reduceMin(Array x, int... axes) { return reduce(Reduce.Op.MIN, x, axes); }
    public static Array reduceProd(Array x, int... axes) { return reduce(Reduce.Op.PROD, x, axes); }
    public static Array reduceAnd(Array x, int... axes) { return reduce(Reduce.Op.AND, x, axes); }
    public static Array reduceOr(Array x, int... axes) { return reduce(Reduce.Op.OR, x, axes); }

    public static Array argmax(Array x, int axis, DType indexDtype) { return bind1(new ArgReduce(ArgReduce.Op.ARGMAX, axis, indexDtype), x); }
    public static Array argmin(Array x, int axis, DType indexDtype) { return bind1(new ArgReduce(ArgReduce.Op.ARGMIN, axis, indexDtype), x); }

    public static Array cumsum(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMSUM, axis, reverse), x); }
    public static Array cumprod(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMPROD, axis, reverse), x); }
    public static Array cummax(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMMAX, axis, reverse), x); }
    public static Array cummin(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMMIN, axis, reverse), x); }

    /** {@code padding[i] = {lo, hi}} per spatial dimension. */
    public static Array convGeneralDilated(Array lhs, Array rhs, int[] windowStrides, int[][] padding, int[] lhsDilation,
                                           int[] rhsDilation, ConvDimensionNumbers dimensionNumbers, int featureGroupCount,
                                           int batchGroupCount, DType preferredElementType) {
        List<IntTuple> pads = new ArrayList<>();
        for (int[] p : padding) pads.add(IntTuple.of(p));
        return bind1(new ConvGeneralDilated(IntTuple.of(windowStrides), pads, IntTuple.of(lhsDilation), IntTuple.of(rhsDilation),
                dimensionNumbers, featureGroupCount, batchGroupCount, preferredElementType), lhs, rhs);
    }

    // ---- collectives over named (vmapped) axes --------------------------------------------------

    /**
     * {@code lax.psum(x, axis_name)}: the sum of {@code x} over every example of the vmapped axes
     * named, the same in every example. Bool inputs are summed as int32. Several names reduce over
     * all of them.
     */
    public static Array psum(Array x, String... axisNames) { return (Array) psum((Object) x, axisNames); }

    /**
     * {@code psum} of every leaf of a pytree (Lists, Maps, records, arrays, Java scalars), in one
     * equation. As in JAX, when no leaf is traced the result is {@code x * axis_size}, computed
     * without a collective.
     */
    public static Object psum(Object tree, String... axisNames) {
        PyTree.Flat flat = PyTree.flatten(tree);
        List<Array> leaves = new ArrayList<>();
        boolean anyTraced = false;
        for (Object leaf : flat.leaves()) {
            Array a = Promotion.asArray(leaf);
            if (a.dtype() == DType.BOOL) a = convertElementType(a, DType.INT32);
            anyTraced |= a instanceof Tracer;
            leaves.add(a);
        }
        List<Array> out;
        if (anyTraced) {
            out = TraceContext.bind(new Collective(Collective.Op.PSUM, List.of((Object[]) axisNames)), leaves);
        } else {
            int size = axisSize(axisNames);
            out = new ArrayList<>();
            for (Array a : leaves) out.add(Jnp.multiply(constantLike(a, size), a));
        }
        return PyTree.unflatten(flat.treeDef(), out);
    }

    /** {@code lax.pmean}: {@code psum(x) / n} with {@code n} the product of the named axis sizes (a weak Java int). */
    public static Array pmean(Array x, String... axisNames) { return (Array) pmean((Object) x, axisNames); }

    public static Object pmean(Object tree, String... axisNames) {
        Object sums = psum(tree, axisNames);
        int n = axisSize(axisNames);
        return mapLeaves(sums, v -> Jnp.divide(v, n));
    }

    /** {@code lax.pmax}: the maximum over the vmapped axes named. */
    public static Array pmax(Array x, String... axisNames) { return (Array) pmax((Object) x, axisNames); }

    public static Object pmax(Object tree, String... axisNames) { return collective(Collective.Op.PMAX, tree, axisNames); }

    /** {@code lax.pmin}: the minimum over the vmapped axes named. */
    public static Array pmin(Array x, String... axisNames) { return (Array) pmin((Object) x, axisNames); }

    public static Object pmin(Object tree, String... axisNames) { return collective(Collective.Op.PMIN, tree, axisNames); }

    /** {@code lax.axis_index(axis_name)}: this example's index along the vmapped axis, an int32 scalar. */
    public static Array axisIndex(String axisName) { return TraceContext.bind(new AxisIndex(axisName), List.of()).getFirst(); }

    /** {@code lax.axis_index((names…))}: the row-major index over several axes, the last name varying fastest. */
    public static Array axisIndex(String... axisNames) {
        Object index = 0;
        int inner = 1;
        for (int i = axisNames.length - 1; i >= 0; i--) {
            index = Jnp.add(index, Jnp.multiply(axisIndex(axisNames[i]), inner));
            inner *= AxisEnv.size(axisNames[i]);
        }
        return Promotion.asArray(index);
    }

    private static Object collective(Collective.Op op, Object tree, String[] axisNames) {
        PyTree.Flat flat = PyTree.flatten(tree);
        List<Array> leaves = new ArrayList<>();
        for (Object leaf : flat.leaves()) leaves.add(Promotion.asArray(leaf));
        return PyTree.unflatten(flat.treeDef(), TraceContext.bind(new Collective(op, List.of((Object[]) axisNames)), leaves));
    }

    /** The product of the named axes' sizes ({@code psum(1, names)}); JAX's error for an unbound name. */
    private static int axisSize(String[] axisNames) {
        int size = 1;
        for (String name : axisNames) size *= AxisEnv.size(name);
        return size;
    }

    /** {@code lax._const(x, value)}: {@code value} as a scalar of {@code x}'s dtype, weak only if {@code x} is. */
    static Array constantLike(Array x, int value) {
        return convertElementType(ArrayCreation.scalar(value), x.dtype(), x.aval().weakType());
    }

    private static Object mapLeaves(Object tree, UnaryOperator<Array> f) {
        PyTree.Flat flat = PyTree.flatten(tree);
        List<Array> out = new ArrayList<>();
        for (Object leaf : flat.leaves()) out.add(f.apply(Promotion.asArray(leaf)));
        return PyTree.unflatten(flat.treeDef(), out);
    }
}
