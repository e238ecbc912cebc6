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

    /** {@code lax.neg}: {@code -x}, elementwise. */
    public static Array neg(Array x) { return unary(Unary.NEG, x); }
    /** {@code lax.sign}: -1, 0 or 1 for each element, in {@code x}'s dtype. */
    public static Array sign(Array x) { return unary(Unary.SIGN, x); }
    /** {@code lax.floor}: each element rounded down; floats only. */
    public static Array floor(Array x) { return unary(Unary.FLOOR, x); }
    /** {@code lax.ceil}: each element rounded up; floats only. */
    public static Array ceil(Array x) { return unary(Unary.CEIL, x); }
    /** {@code lax.is_finite}: a bool array, false at infs and NaNs; floats only. */
    public static Array isFinite(Array x) { return unary(Unary.IS_FINITE, x); }
    /** {@code lax.exp}: e to the power of each element; floats only. */
    public static Array exp(Array x) { return unary(Unary.EXP, x); }
    /** {@code lax.exp2}: 2 to the power of each element; floats only. */
    public static Array exp2(Array x) { return unary(Unary.EXP2, x); }
    /** {@code lax.log}: the natural logarithm of each element; floats only. */
    public static Array log(Array x) { return unary(Unary.LOG, x); }
    /** {@code lax.log1p}: {@code log(1 + x)}, accurate near zero; floats only. */
    public static Array log1p(Array x) { return unary(Unary.LOG1P, x); }
    /** {@code lax.expm1}: {@code exp(x) - 1}, accurate near zero; floats only. */
    public static Array expm1(Array x) { return unary(Unary.EXPM1, x); }
    /** {@code lax.tanh}: the hyperbolic tangent of each element; floats only. */
    public static Array tanh(Array x) { return unary(Unary.TANH, x); }
    /** {@code lax.logistic}: the sigmoid {@code 1 / (1 + exp(-x))} of each element; floats only. */
    public static Array logistic(Array x) { return unary(Unary.LOGISTIC, x); }
    /** {@code lax.sin}: the sine of each element, in radians; floats only. */
    public static Array sin(Array x) { return unary(Unary.SIN, x); }
    /** {@code lax.cos}: the cosine of each element, in radians; floats only. */
    public static Array cos(Array x) { return unary(Unary.COS, x); }
    /** {@code lax.tan}: the tangent of each element, in radians; floats only. */
    public static Array tan(Array x) { return unary(Unary.TAN, x); }
    /** {@code lax.asin}: the inverse sine of each element; floats only. */
    public static Array asin(Array x) { return unary(Unary.ASIN, x); }
    /** {@code lax.acos}: the inverse cosine of each element; floats only. */
    public static Array acos(Array x) { return unary(Unary.ACOS, x); }
    /** {@code lax.atan}: the inverse tangent of each element; floats only. */
    public static Array atan(Array x) { return unary(Unary.ATAN, x); }
    /** {@code lax.sinh}: the hyperbolic sine of each element; floats only. */
    public static Array sinh(Array x) { return unary(Unary.SINH, x); }
    /** {@code lax.cosh}: the hyperbolic cosine of each element; floats only. */
    public static Array cosh(Array x) { return unary(Unary.COSH, x); }
    /** {@code lax.asinh}: the inverse hyperbolic sine of each element; floats only. */
    public static Array asinh(Array x) { return unary(Unary.ASINH, x); }
    /** {@code lax.acosh}: the inverse hyperbolic cosine of each element; floats only. */
    public static Array acosh(Array x) { return unary(Unary.ACOSH, x); }
    /** {@code lax.atanh}: the inverse hyperbolic tangent of each element; floats only. */
    public static Array atanh(Array x) { return unary(Unary.ATANH, x); }
    /** {@code lax.sqrt}: the square root of each element; floats only. */
    public static Array sqrt(Array x) { return unary(Unary.SQRT, x); }
    /** {@code lax.rsqrt}: {@code 1 / sqrt(x)} for each element; floats only. */
    public static Array rsqrt(Array x) { return unary(Unary.RSQRT, x); }
    /** {@code lax.cbrt}: the cube root of each element; floats only. */
    public static Array cbrt(Array x) { return unary(Unary.CBRT, x); }
    /** {@code lax.abs}: the absolute value of each element, in {@code x}'s dtype. */
    public static Array abs(Array x) { return unary(Unary.ABS, x); }
    /** {@code lax.bitwise_not}; named {@code not} in jaxprs ({@code not} is no Java identifier). */
    public static Array bitwiseNot(Array x) { return unary(Unary.NOT, x); }
    /** {@code lax.square}: {@code x * x}, elementwise. */
    public static Array square(Array x) { return unary(Unary.SQUARE, x); }

    /** Rounds half away from zero, as {@code lax.round}'s default. */
    public static Array round(Array x) { return round(x, Round.RoundingMethod.AWAY_FROM_ZERO); }

    /** {@code lax.round(x, rounding_method)}: half away from zero or half to even; floats only. */
    public static Array round(Array x, Round.RoundingMethod method) { return bind1(new Round(method), x); }

    /** {@code lax.integer_pow}: {@code x ** y} for a static Java int {@code y} (negative means a reciprocal), in {@code x}'s dtype. */
    public static Array integerPow(Array x, int y) { return bind1(new IntegerPow(y), x); }

    private static Array binary(Binary op, Array x, Array y) { return bind1(op, x, y); }

    /** {@code lax.add}: {@code x + y} for operands of one dtype (no promotion; rank-0 or size-1 dimensions broadcast). */
    public static Array add(Array x, Array y) { return binary(Binary.ADD, x, y); }
    /** {@code lax.sub}: {@code x - y} for operands of one dtype. */
    public static Array sub(Array x, Array y) { return binary(Binary.SUB, x, y); }
    /** {@code lax.mul}: {@code x * y} for operands of one dtype. */
    public static Array mul(Array x, Array y) { return binary(Binary.MUL, x, y); }
    /** {@code lax.div}: {@code x / y} for operands of one dtype; ints divide rounding toward zero. */
    public static Array div(Array x, Array y) { return binary(Binary.DIV, x, y); }
    /** {@code lax.rem}: the remainder of {@code x / y} rounded toward zero, so it has the sign of {@code x} (C's {@code %}, not numpy's). */
    public static Array rem(Array x, Array y) { return binary(Binary.REM, x, y); }
    /** {@code lax.pow}: {@code x ** y} elementwise; floats of one dtype only (see {@link #integerPow} for int exponents). */
    public static Array pow(Array x, Array y) { return binary(Binary.POW, x, y); }
    /** {@code lax.max}: the elementwise larger of two operands of one dtype. */
    public static Array max(Array x, Array y) { return binary(Binary.MAX, x, y); }
    /** {@code lax.min}: the elementwise smaller of two operands of one dtype. */
    public static Array min(Array x, Array y) { return binary(Binary.MIN, x, y); }
    /** {@code lax.atan2(x, y)}: {@code arctan(x / y)} in the quadrant of the point {@code (y, x)}; floats only. */
    public static Array atan2(Array x, Array y) { return binary(Binary.ATAN2, x, y); }
    /** {@code lax.bitwise_and}; {@code and} in jaxprs. */
    public static Array bitwiseAnd(Array x, Array y) { return binary(Binary.AND, x, y); }
    /** {@code lax.bitwise_or}; {@code or} in jaxprs. Ints or bools of one dtype. */
    public static Array bitwiseOr(Array x, Array y) { return binary(Binary.OR, x, y); }
    /** {@code lax.bitwise_xor}; {@code xor} in jaxprs. Ints or bools of one dtype. */
    public static Array bitwiseXor(Array x, Array y) { return binary(Binary.XOR, x, y); }
    /** {@code lax.eq}: {@code x == y} as a bool array, for operands of one dtype. */
    public static Array eq(Array x, Array y) { return binary(Binary.EQ, x, y); }
    /** {@code lax.ne}: {@code x != y} as a bool array, for operands of one dtype. */
    public static Array ne(Array x, Array y) { return binary(Binary.NE, x, y); }
    /** {@code lax.lt}: {@code x < y} as a bool array, for operands of one dtype. */
    public static Array lt(Array x, Array y) { return binary(Binary.LT, x, y); }
    /** {@code lax.le}: {@code x <= y} as a bool array, for operands of one dtype. */
    public static Array le(Array x, Array y) { return binary(Binary.LE, x, y); }
    /** {@code lax.gt}: {@code x > y} as a bool array, for operands of one dtype. */
    public static Array gt(Array x, Array y) { return binary(Binary.GT, x, y); }
    /** {@code lax.ge}: {@code x >= y} as a bool array, for operands of one dtype. */
    public static Array ge(Array x, Array y) { return binary(Binary.GE, x, y); }

    /** {@code select_n(which, *cases)}: {@code cases[which]} elementwise; a bool {@code which} picks case 0 for False. */
    public static Array selectN(Array which, Array... cases) {
        List<Array> args = new ArrayList<>();
        args.add(which);
        args.addAll(List.of(cases));
        return TraceContext.bind(new SelectN(), args).getFirst();
    }

    /** {@code lax.clamp(min, x, max)}: each element of {@code x} limited to {@code [min, max]}; the bounds are scalars or have {@code x}'s shape. */
    public static Array clamp(Array min, Array x, Array max) { return bind1(new Clamp(), min, x, max); }

    /** {@code lax.convert_element_type(x, new_dtype)}: the values converted to {@code newDtype}, strongly typed. */
    public static Array convertElementType(Array x, DType newDtype) { return convertElementType(x, newDtype, false); }

    /** {@code lax.convert_element_type} with the result's weak type given explicitly. */
    public static Array convertElementType(Array x, DType newDtype, boolean weakType) {
        return bind1(new ConvertElementType(newDtype, weakType), x);
    }

    /**
     * {@code lax.broadcast_in_dim}: {@code x} broadcast to {@code shape}, axis {@code i} of {@code
     * x} becoming axis {@code broadcastDimensions[i]} of the result.
     */
    public static Array broadcastInDim(Array x, int[] shape, int[] broadcastDimensions) {
        return bind1(new BroadcastInDim(Shape.of(shape), IntTuple.of(broadcastDimensions)), x);
    }

    /** {@code lax.reshape}: the elements in row-major order, in a new shape of the same size (no {@code -1}; see {@link Jnp#reshape}). */
    public static Array reshape(Array x, int... newSizes) { return bind1(new Reshape(Shape.of(newSizes)), x); }

    /** {@code lax.transpose}: result axis {@code i} is axis {@code permutation[i]} of {@code x}. */
    public static Array transpose(Array x, int... permutation) { return bind1(new Transpose(IntTuple.of(permutation)), x); }

    /** {@code lax.squeeze}: removes the given axes, which must have size 1. */
    public static Array squeeze(Array x, int... dimensions) { return bind1(new Squeeze(IntTuple.of(dimensions)), x); }

    /** {@code lax.rev}: {@code x} with the order of elements reversed along each given axis. */
    public static Array rev(Array x, int... dimensions) { return bind1(new Rev(IntTuple.of(dimensions)), x); }

    /** {@code lax.slice}: the static window {@code [start, limit)} in every axis, with stride 1. */
    public static Array slice(Array x, int[] startIndices, int[] limitIndices) { return slice(x, startIndices, limitIndices, null); }

    /** {@code strides} may be null (all 1), which prints {@code strides=None}. */
    public static Array slice(Array x, int[] startIndices, int[] limitIndices, int[] strides) {
        return bind1(new Slice(IntTuple.of(startIndices), IntTuple.of(limitIndices), strides == null ? null : IntTuple.of(strides)), x);
    }

    /** {@code lax.dynamic_slice}: a window of static size {@code sliceSizes} at int scalar offsets that may be traced, clamped to stay in bounds. */
    public static Array dynamicSlice(Array x, Array[] startIndices, int[] sliceSizes) {
        List<Array> args = new ArrayList<>();
        args.add(x);
        args.addAll(List.of(startIndices));
        return TraceContext.bind(new DynamicSlice(IntTuple.of(sliceSizes)), args).getFirst();
    }

    /** {@code lax.dynamic_update_slice}: {@code x} with {@code update} written at the int scalar offsets (clamped to stay in bounds). */
    public static Array dynamicUpdateSlice(Array x, Array update, Array... startIndices) {
        List<Array> args = new ArrayList<>(List.of(x, update));
        args.addAll(List.of(startIndices));
        return TraceContext.bind(new DynamicUpdateSlice(), args).getFirst();
    }

    /** {@code lax.concatenate}: operands of one dtype joined along {@code dimension}; the other sizes must be equal. */
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

    /** {@code lax.iota}: the vector {@code 0, 1, …, size-1} of {@code dtype}. */
    public static Array iota(DType dtype, int size) { return broadcastedIota(dtype, new int[] {size}, 0); }

    /** {@code lax.broadcasted_iota}: an array of {@code shape} whose value is the index along {@code dimension}. */
    public static Array broadcastedIota(DType dtype, int[] shape, int dimension) {
        return TraceContext.bind(new Iota(dtype, Shape.of(shape), dimension), List.of()).getFirst();
    }

    /**
     * {@code lax.gather}: slices of {@code operand} of size {@code sliceSizes} at the start
     * positions in {@code indices}, as XLA's Gather; {@code mode} says what out-of-bounds indices
     * do.
     */
    public static Array gather(Array operand, Array indices, GatherDimensionNumbers dimensionNumbers, int[] sliceSizes,
                               GatherScatterMode mode) {
        return bind1(Gather.of(dimensionNumbers, IntTuple.of(sliceSizes), mode, false, false, operand.dtype()), operand, indices);
    }

    /**
     * {@code lax.scatter} (and {@code scatter_add}, {@code _mul}, {@code _min}, {@code _max} by
     * {@code op}): {@code operand} with {@code updates} set or combined at {@code indices}.
     */
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

    /** {@code lax.dot_general} with contracting axes only: no batch axes and no preferred element type. */
    public static Array dotGeneral(Array lhs, Array rhs, int[] lhsContracting, int[] rhsContracting) {
        return dotGeneral(lhs, rhs, lhsContracting, rhsContracting, new int[0], new int[0], null);
    }

    private static Array reduce(Reduce.Op op, Array x, int... axes) { return bind1(new Reduce(op, IntTuple.of(axes)), x); }

    /** {@code reduce_sum}: the sum over {@code axes}, which are removed from the shape. */
    public static Array reduceSum(Array x, int... axes) { return reduce(Reduce.Op.SUM, x, axes); }
    /** {@code reduce_max}: the maximum over {@code axes}, which are removed from the shape. */
    public static Array reduceMax(Array x, int... axes) { return reduce(Reduce.Op.MAX, x, axes); }
    /** {@code reduce_min}: the minimum over {@code axes}, which are removed from the shape. */
    public static Array reduceMin(Array x, int... axes) { return reduce(Reduce.Op.MIN, x, axes); }
    /** {@code reduce_prod}: the product over {@code axes}, which are removed from the shape. */
    public static Array reduceProd(Array x, int... axes) { return reduce(Reduce.Op.PROD, x, axes); }
    /** {@code reduce_and}: bitwise (for bools logical) and over {@code axes}; ints or bools. */
    public static Array reduceAnd(Array x, int... axes) { return reduce(Reduce.Op.AND, x, axes); }
    /** {@code reduce_or}: bitwise (for bools logical) or over {@code axes}; ints or bools. */
    public static Array reduceOr(Array x, int... axes) { return reduce(Reduce.Op.OR, x, axes); }

    /** {@code lax.argmax}: the index of the first maximum along {@code axis}, of {@code indexDtype}; the axis is removed. */
    public static Array argmax(Array x, int axis, DType indexDtype) { return bind1(new ArgReduce(ArgReduce.Op.ARGMAX, axis, indexDtype), x); }
    /** {@code lax.argmin}: the index of the first minimum along {@code axis}, of {@code indexDtype}; the axis is removed. */
    public static Array argmin(Array x, int axis, DType indexDtype) { return bind1(new ArgReduce(ArgReduce.Op.ARGMIN, axis, indexDtype), x); }

    /** {@code lax.cumsum}: running sums along {@code axis}, the shape kept; {@code reverse} accumulates from the end. */
    public static Array cumsum(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMSUM, axis, reverse), x); }
    /** {@code lax.cumprod}: running products along {@code axis}, the shape kept; {@code reverse} accumulates from the end. */
    public static Array cumprod(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMPROD, axis, reverse), x); }
    /** {@code lax.cummax}: running maxima along {@code axis}, the shape kept; {@code reverse} accumulates from the end. */
    public static Array cummax(Array x, int axis, boolean reverse) { return bind1(new Cumulative(Cumulative.Op.CUMMAX, axis, reverse), x); }
    /** {@code lax.cummin}: running minima along {@code axis}, the shape kept; {@code reverse} accumulates from the end. */
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

    /** {@code pmean} of every leaf of a pytree: each leaf's {@code psum} divided by the product of the named axis sizes. */
    public static Object pmean(Object tree, String... axisNames) {
        Object sums = psum(tree, axisNames);
        int n = axisSize(axisNames);
        return mapLeaves(sums, v -> Jnp.divide(v, n));
    }

    /** {@code lax.pmax}: the maximum over the vmapped axes named. */
    public static Array pmax(Array x, String... axisNames) { return (Array) pmax((Object) x, axisNames); }

    /** {@code pmax} of every leaf of a pytree, in one equation. */
    public static Object pmax(Object tree, String... axisNames) { return collective(Collective.Op.PMAX, tree, axisNames); }

    /** {@code lax.pmin}: the minimum over the vmapped axes named. */
    public static Array pmin(Array x, String... axisNames) { return (Array) pmin((Object) x, axisNames); }

    /** {@code pmin} of every leaf of a pytree, in one equation. */
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
