package org.jaxpresso.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Round;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Unary;
import org.jaxpresso.testkit.RandomProgram.Const;
import org.jaxpresso.testkit.RandomProgram.Input;
import org.jaxpresso.testkit.RandomProgram.LaxCall;
import org.jaxpresso.testkit.RandomProgram.Operand;
import org.jaxpresso.testkit.RandomProgram.Ref;
import org.jaxpresso.testkit.RandomProgram.Step;

/**
 * Generates {@link RandomProgram}s from a seed ({@link java.util.Random}, so a seed always gives
 * the same program): straight-line programs of one to about twenty {@code Lax} calls over
 * float32, int32 and bool values of rank 0–3 with sizes 0–4 (up to {@value #MAX_DIM} after
 * {@code pad} and {@code concatenate}), size-0 and size-1 dimensions included. Every output aval
 * is computed here by plain shape arithmetic, independently of the engine's type rules.
 *
 * <p>Domains are kept sane: {@code log}, {@code sqrt}, {@code rsqrt}, {@code log1p} and
 * {@code acosh} get {@code abs(x) + 1}; {@code asin}, {@code acos} and {@code atanh} get
 * {@code tanh(x) * 0.5}; an int32 {@code select_n} predicate is clamped into range. Other ops may
 * still produce inf or NaN (e.g. {@code exp} overflow, {@code pow} of a negative base); compare
 * floats with {@link Float#floatToIntBits} so NaNs are equal.
 */
public final class RandomPrograms {
    /** The largest dimension size a generated value may have. */
    public static final int MAX_DIM = 8;
    /** The largest rank a generated value may have. */
    public static final int MAX_RANK = 3;
    static final int MAX_INPUTS = 5;

    private enum Kind {
        UNARY, ROUND, INTEGER_POW, BINARY, SELECT_N, CONVERT, BROADCAST_IN_DIM, RESHAPE, TRANSPOSE, REV, SLICE,
        SQUEEZE, CONCATENATE, PAD, REDUCE, ARG_REDUCE, CUMULATIVE, DOT_GENERAL, DYNAMIC_SLICE
    }

    /** How often each kind is tried: elementwise ops are the commonest, as in real programs. */
    private static final List<Kind> WEIGHTED_KINDS = weighted(Kind.UNARY, 5, Kind.BINARY, 6, Kind.SELECT_N, 2, Kind.CONVERT, 2,
            Kind.INTEGER_POW, 1, Kind.ROUND, 1, Kind.BROADCAST_IN_DIM, 2, Kind.RESHAPE, 2, Kind.TRANSPOSE, 1, Kind.REV, 1,
            Kind.SLICE, 2, Kind.SQUEEZE, 1, Kind.CONCATENATE, 2, Kind.PAD, 2, Kind.REDUCE, 2, Kind.ARG_REDUCE, 1,
            Kind.CUMULATIVE, 1, Kind.DOT_GENERAL, 2, Kind.DYNAMIC_SLICE, 2);
    private static final List<Unary> FLOAT_UNARY = Arrays.stream(Unary.values()).filter(u -> u != Unary.NOT).toList();
    private static final List<Unary> INT_UNARY = List.of(Unary.NEG, Unary.SIGN, Unary.ABS, Unary.NOT, Unary.SQUARE);
    private static final List<Unary> NEEDS_AT_LEAST_ONE = List.of(Unary.LOG, Unary.SQRT, Unary.RSQRT, Unary.LOG1P, Unary.ACOSH);
    private static final List<Unary> NEEDS_UNIT_INTERVAL = List.of(Unary.ASIN, Unary.ACOS, Unary.ATANH);
    private static final List<Binary> FLOAT_BINARY = List.of(Binary.ADD, Binary.SUB, Binary.MUL, Binary.DIV, Binary.REM, Binary.POW,
            Binary.MAX, Binary.MIN, Binary.ATAN2, Binary.EQ, Binary.NE, Binary.LT, Binary.LE, Binary.GT, Binary.GE);
    private static final List<Binary> INT_BINARY = List.of(Binary.ADD, Binary.SUB, Binary.MUL, Binary.DIV, Binary.REM, Binary.MAX,
            Binary.MIN, Binary.AND, Binary.OR, Binary.XOR, Binary.EQ, Binary.NE, Binary.LT, Binary.LE, Binary.GT, Binary.GE);
    private static final List<Binary> BOOL_BINARY = List.of(Binary.MAX, Binary.MIN, Binary.AND, Binary.OR, Binary.XOR, Binary.EQ,
            Binary.NE, Binary.LT, Binary.LE, Binary.GT, Binary.GE);
    private static final List<DType> DTYPES = List.of(DType.FLOAT32, DType.INT32, DType.BOOL);

    private final long seed;
    final Random rnd;
    final List<ShapedArray> values = new ArrayList<>();
    final List<Input> inputs = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    /** The extra steps of {@link #generateExtended}, or null for {@link #generate}. */
    private final ExtendedSteps extended;

    private RandomPrograms(long seed, boolean extended) {
        this.seed = seed;
        this.rnd = new Random(seed);
        this.extended = extended ? new ExtendedSteps(this) : null;
    }

    /** The program for {@code seed}; the same seed always gives the same program. Every step is one {@code Lax} call. */
    public static RandomProgram generate(long seed) { return new RandomPrograms(seed, false).build(); }

    /**
     * Like {@link #generate} but one step in four (about) is one of {@link ExtendedSteps}: gather and
     * scatter through {@code Array.get}/{@code x.at(…).set/add} integer-array indexing,
     * {@code dynamic_update_slice}, {@code Jnp.convolve}, {@code split} and {@code clamp} with array
     * bounds. The jnp-level steps may bind several primitives each, so these programs do not have
     * one equation per step. The same seed gives a different program than {@link #generate}.
     */
    public static RandomProgram generateExtended(long seed) { return new RandomPrograms(seed, true).build(); }

    /** Concrete inputs for {@code program}, drawn from {@code seed} (see {@link RandomArrays#of}). */
    public static List<Array> randomInputs(RandomProgram program, long seed) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        return program.inAvals().stream().map(a -> RandomArrays.of(a, r)).toList();
    }

    // ---- the program ---------------------------------------------------------------------------

    private RandomProgram build() {
        int nInputs = 1 + rnd.nextInt(2);
        for (int i = 0; i < nInputs; i++) newInput(randomAval());
        int nSteps = 1 + rnd.nextInt(10);
        for (int i = 0; i < nSteps; i++) {
            for (int attempt = 0; attempt < 50; attempt++) {
                if (extended != null && rnd.nextInt(4) == 0 ? extended.tryRandomStep()
                        : tryStep(WEIGHTED_KINDS.get(rnd.nextInt(WEIGHTED_KINDS.size())))) {
                    break;
                }
            }
        }
        List<Integer> outputs = new ArrayList<>();
        outputs.add(values.size() - 1);
        int extra = rnd.nextInt(3);
        for (int i = 0; i < extra; i++) outputs.add(rnd.nextInt(values.size()));
        return new RandomProgram(seed, inputs, steps, outputs);
    }

    private boolean tryStep(Kind kind) {
        return switch (kind) {
            case UNARY -> unary();
            case ROUND -> round();
            case INTEGER_POW -> integerPow();
            case BINARY -> binary();
            case SELECT_N -> selectN();
            case CONVERT -> convert();
            case BROADCAST_IN_DIM -> broadcastInDim();
            case RESHAPE -> reshape();
            case TRANSPOSE -> transpose();
            case REV -> rev();
            case SLICE -> slice();
            case SQUEEZE -> squeeze();
            case CONCATENATE -> concatenate();
            case PAD -> pad();
            case REDUCE -> reduce();
            case ARG_REDUCE -> argReduce();
            case CUMULATIVE -> cumulative();
            case DOT_GENERAL -> dotGeneral();
            case DYNAMIC_SLICE -> dynamicSlice();
        };
    }

    // ---- elementwise ---------------------------------------------------------------------------

    private boolean unary() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        List<Unary> ops = switch (xa.dtype()) {
            case FLOAT32 -> FLOAT_UNARY;
            case INT32 -> INT_UNARY;
            default -> List.of(Unary.NOT);
        };
        Unary op = ops.get(rnd.nextInt(ops.size()));
        Operand arg = ref(x);
        if (NEEDS_AT_LEAST_ONE.contains(op)) {
            int abs = emit("abs", "", List.of(arg), xa, o -> Lax.abs(o.getFirst()));
            arg = ref(emit("add", "", List.of(ref(abs), scalar(DType.FLOAT32, 1)), xa, o -> Lax.add(o.get(0), o.get(1))));
        } else if (NEEDS_UNIT_INTERVAL.contains(op)) {
            int t = emit("tanh", "", List.of(arg), xa, o -> Lax.tanh(o.getFirst()));
            arg = ref(emit("mul", "", List.of(ref(t), scalar(DType.FLOAT32, 0.5)), xa, o -> Lax.mul(o.get(0), o.get(1))));
        }
        ShapedArray out = op == Unary.IS_FINITE ? new ShapedArray(xa.shape(), DType.BOOL) : xa;
        emit(op.primitiveName(), "", List.of(arg), out, o -> LaxByName.unary(op, o.getFirst()));
        return true;
    }

    private boolean round() {
        int x = pick(a -> a.dtype() == DType.FLOAT32);
        if (x < 0) return false;
        Round.RoundingMethod m = rnd.nextBoolean() ? Round.RoundingMethod.AWAY_FROM_ZERO : Round.RoundingMethod.TO_NEAREST_EVEN;
        emit("round", "rounding_method=" + m, List.of(ref(x)), values.get(x), o -> Lax.round(o.getFirst(), m));
        return true;
    }

    private boolean integerPow() {
        int x = pick(a -> a.dtype() != DType.BOOL);
        if (x < 0) return false;
        int y = values.get(x).dtype() == DType.FLOAT32 ? rnd.nextInt(6) - 2 : rnd.nextInt(4);
        emit("integer_pow", "y=" + y, List.of(ref(x)), values.get(x), o -> Lax.integerPow(o.getFirst(), y));
        return true;
    }

    private boolean binary() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        List<Binary> ops = switch (xa.dtype()) {
            case FLOAT32 -> FLOAT_BINARY;
            case INT32 -> INT_BINARY;
            default -> BOOL_BINARY;
        };
        Binary op = ops.get(rnd.nextInt(ops.size()));
        Operand y;
        ShapedArray ya;
        int choice = rnd.nextInt(10);
        int pooled = pick(a -> a.dtype() == xa.dtype() && broadcastable(xa.shape(), a.shape()));
        if (choice < 4 && pooled >= 0) {
            y = ref(pooled);
            ya = values.get(pooled);
        } else if (choice < 6) {
            y = scalar(xa.dtype(), rnd.nextInt(7) - 3);
            ya = ShapedArray.scalar(xa.dtype());
        } else if (choice < 7) {
            y = new Const(RandomArrays.of(xa, rnd));
            ya = xa;
        } else {
            int[] dims = xa.shape().dims();
            for (int i = 0; i < dims.length; i++) if (rnd.nextInt(4) == 0) dims[i] = 1;
            ya = rnd.nextInt(6) == 0 ? ShapedArray.scalar(xa.dtype()) : new ShapedArray(Shape.of(dims), xa.dtype());
            if (inputs.size() >= MAX_INPUTS) return false;
            y = ref(newInput(ya));
        }
        Shape s = broadcastShape(xa.shape(), ya.shape());
        ShapedArray out = new ShapedArray(s, op.isComparison() ? DType.BOOL : xa.dtype());
        List<Operand> args = rnd.nextInt(4) == 0 ? List.of(y, ref(x)) : List.of(ref(x), y);
        emit(op.primitiveName(), "", args, out, o -> LaxByName.binary(op, o.get(0), o.get(1)));
        return true;
    }

    private static boolean broadcastable(Shape a, Shape b) {
        if (a.rank() == 0 || b.rank() == 0) return true;
        if (a.rank() != b.rank()) return false;
        for (int i = 0; i < a.rank(); i++) if (a.dim(i) != b.dim(i) && a.dim(i) != 1 && b.dim(i) != 1) return false;
        return true;
    }

    private static Shape broadcastShape(Shape a, Shape b) {
        if (a.rank() == 0) return b;
        if (b.rank() == 0) return a;
        int[] out = new int[a.rank()];
        for (int i = 0; i < out.length; i++) out[i] = a.dim(i) == 1 ? b.dim(i) : a.dim(i);
        return Shape.of(out);
    }

    private boolean selectN() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int nCases = rnd.nextInt(3) == 0 ? 3 : 2;
        List<Operand> args = new ArrayList<>();
        args.add(null);
        args.add(ref(x));
        for (int i = 1; i < nCases; i++) args.add(sameAval(xa));
        DType whichDtype = nCases == 3 || rnd.nextBoolean() ? DType.INT32 : DType.BOOL;
        int w = pick(a -> a.dtype() == whichDtype && (a.rank() == 0 || a.shape().equals(xa.shape())));
        ShapedArray wa = rnd.nextInt(4) == 0 ? ShapedArray.scalar(whichDtype) : new ShapedArray(xa.shape(), whichDtype);
        Operand which;
        if (w >= 0 && rnd.nextInt(3) > 0) {
            which = ref(w);
            wa = values.get(w);
        } else {
            which = inputs.size() < MAX_INPUTS ? ref(newInput(wa)) : new Const(RandomArrays.of(wa, rnd));
        }
        if (whichDtype == DType.INT32) {
            which = ref(emit("clamp", "", List.of(scalar(DType.INT32, 0), which, scalar(DType.INT32, nCases - 1)), wa,
                    o -> Lax.clamp(o.get(0), o.get(1), o.get(2))));
        }
        args.set(0, which);
        emit("select_n", "", args, xa, o -> Lax.selectN(o.getFirst(), o.subList(1, o.size()).toArray(Array[]::new)));
        return true;
    }

    /** An operand of exactly this aval: a pooled value, a constant or a fresh input. */
    Operand sameAval(ShapedArray aval) {
        int v = pick(a -> a.equals(aval));
        int choice = rnd.nextInt(3);
        if (choice == 0 && v >= 0) return ref(v);
        if (choice == 1 || inputs.size() >= MAX_INPUTS) return new Const(RandomArrays.of(aval, rnd));
        return ref(newInput(aval));
    }

    private boolean convert() {
        int x = pick(a -> true);
        DType t = DTYPES.get(rnd.nextInt(DTYPES.size()));
        emit("convert_element_type", "new_dtype=" + t, List.of(ref(x)), values.get(x).withDtype(t),
                o -> Lax.convertElementType(o.getFirst(), t));
        return true;
    }

    // ---- shapes --------------------------------------------------------------------------------

    private boolean broadcastInDim() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int rank = xa.rank() + rnd.nextInt(MAX_RANK - xa.rank() + 1);
        int[] bdims = sortedSubset(rank, xa.rank());
        int[] shape = new int[rank];
        for (int i = 0; i < rank; i++) shape[i] = randomDim();
        for (int i = 0; i < bdims.length; i++) {
            int d = xa.shape().dim(i);
            if (d != 1 || rnd.nextBoolean()) shape[bdims[i]] = d;
        }
        emit("broadcast_in_dim", "shape=" + Shape.of(shape) + " broadcast_dimensions=" + tuple(bdims), List.of(ref(x)),
                xa.withShape(Shape.of(shape)), o -> Lax.broadcastInDim(o.getFirst(), shape, bdims));
        return true;
    }

    private boolean reshape() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        List<int[]> candidates = new ArrayList<>();
        int size = xa.shape().size();
        for (int rank = 0; rank <= MAX_RANK; rank++) collectShapes(new int[rank], 0, size, candidates);
        int[] shape = candidates.get(rnd.nextInt(candidates.size()));
        emit("reshape", "new_sizes=" + Shape.of(shape), List.of(ref(x)), xa.withShape(Shape.of(shape)),
                o -> Lax.reshape(o.getFirst(), shape));
        return true;
    }

    private static void collectShapes(int[] dims, int i, int size, List<int[]> out) {
        if (i == dims.length) {
            if (IntStream.of(dims).reduce(1, (a, b) -> a * b) == size) out.add(dims.clone());
            return;
        }
        for (int d = 0; d <= MAX_DIM; d++) {
            dims[i] = d;
            collectShapes(dims, i + 1, size, out);
        }
    }

    private boolean transpose() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int[] perm = permutation(xa.rank());
        int[] out = new int[perm.length];
        for (int i = 0; i < out.length; i++) out[i] = xa.shape().dim(perm[i]);
        emit("transpose", "permutation=" + tuple(perm), List.of(ref(x)), xa.withShape(Shape.of(out)), o -> Lax.transpose(o.getFirst(), perm));
        return true;
    }

    private boolean rev() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int[] dims = sortedSubset(xa.rank(), rnd.nextInt(xa.rank() + 1));
        emit("rev", "dimensions=" + tuple(dims), List.of(ref(x)), xa, o -> Lax.rev(o.getFirst(), dims));
        return true;
    }

    private boolean slice() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int r = xa.rank();
        int[] start = new int[r];
        int[] limit = new int[r];
        int[] strides = new int[r];
        int[] out = new int[r];
        for (int i = 0; i < r; i++) {
            int d = xa.shape().dim(i);
            boolean empty = d == 0 || rnd.nextInt(8) == 0;
            start[i] = empty ? rnd.nextInt(d + 1) : rnd.nextInt(d);
            limit[i] = empty ? start[i] : start[i] + 1 + rnd.nextInt(d - start[i]);
            strides[i] = 1 + rnd.nextInt(3);
            out[i] = (limit[i] - start[i] + strides[i] - 1) / strides[i];
        }
        boolean unitStrides = rnd.nextInt(3) == 0;
        if (unitStrides) for (int i = 0; i < r; i++) out[i] = limit[i] - start[i];
        String params = "start=" + tuple(start) + " limit=" + tuple(limit) + " strides=" + (unitStrides ? "None" : tuple(strides));
        emit("slice", params, List.of(ref(x)), xa.withShape(Shape.of(out)),
                o -> Lax.slice(o.getFirst(), start, limit, unitStrides ? null : strides));
        return true;
    }

    private boolean squeeze() {
        int x = rnd.nextInt(8) == 0 ? pick(a -> true) : pick(a -> a.shape().toList().contains(1));
        if (x < 0) return false;
        ShapedArray xa = values.get(x);
        int[] ones = IntStream.range(0, xa.rank()).filter(i -> xa.shape().dim(i) == 1).toArray();
        int[] chosen = sortedSubset(ones.length, rnd.nextInt(ones.length + 1));
        int[] dims = IntStream.of(chosen).map(i -> ones[i]).toArray();
        int[] out = IntStream.range(0, xa.rank()).filter(i -> IntStream.of(dims).noneMatch(d -> d == i)).map(i -> xa.shape().dim(i)).toArray();
        emit("squeeze", "dimensions=" + tuple(dims), List.of(ref(x)), xa.withShape(Shape.of(out)), o -> Lax.squeeze(o.getFirst(), dims));
        return true;
    }

    private boolean concatenate() {
        int x = pick(a -> a.rank() > 0);
        if (x < 0) return false;
        ShapedArray xa = values.get(x);
        int dim = rnd.nextInt(xa.rank());
        List<Operand> args = new ArrayList<>(List.of(ref(x)));
        int total = xa.shape().dim(dim);
        int more = rnd.nextInt(3);
        for (int i = 0; i < more; i++) {
            int y = pick(a -> a.dtype() == xa.dtype() && a.rank() == xa.rank() && sameExcept(a.shape(), xa.shape(), dim));
            ShapedArray ya;
            if (y >= 0 && rnd.nextBoolean()) {
                ya = values.get(y);
                args.add(ref(y));
            } else {
                ya = xa.withShape(xa.shape().with(dim, randomDim()));
                args.add(inputs.size() < MAX_INPUTS ? ref(newInput(ya)) : new Const(RandomArrays.of(ya, rnd)));
            }
            total += ya.shape().dim(dim);
        }
        if (total > MAX_DIM) return false;
        Collections.shuffle(args, rnd);
        emit("concatenate", "dimension=" + dim, args, xa.withShape(xa.shape().with(dim, total)), o -> Lax.concatenate(o, dim));
        return true;
    }

    private static boolean sameExcept(Shape a, Shape b, int dim) {
        for (int i = 0; i < a.rank(); i++) if (i != dim && a.dim(i) != b.dim(i)) return false;
        return true;
    }

    private boolean pad() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int[][] config = new int[xa.rank()][];
        int[] out = new int[xa.rank()];
        for (int i = 0; i < xa.rank(); i++) {
            int d = xa.shape().dim(i);
            config[i] = new int[] {0, 0, 0};
            out[i] = d;
            for (int attempt = 0; attempt < 10; attempt++) {
                int lo = rnd.nextInt(5) - 2;
                int hi = rnd.nextInt(5) - 2;
                int interior = rnd.nextInt(3);
                int size = lo + hi + d + Math.max(0, d - 1) * interior;
                if (size >= 0 && size <= MAX_DIM) {
                    config[i] = new int[] {lo, hi, interior};
                    out[i] = size;
                    break;
                }
            }
        }
        int p = pick(a -> a.rank() == 0 && a.dtype() == xa.dtype());
        Operand value = p >= 0 && rnd.nextBoolean() ? ref(p) : scalar(xa.dtype(), rnd.nextInt(5) - 2);
        String params = "padding_config=" + tupleOfTuples(config);
        emit("pad", params, List.of(ref(x), value), xa.withShape(Shape.of(out)), o -> Lax.pad(o.get(0), o.get(1), config));
        return true;
    }

    private boolean dynamicSlice() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        int r = xa.rank();
        int[] sizes = new int[r];
        List<Operand> args = new ArrayList<>(List.of(ref(x)));
        for (int i = 0; i < r; i++) {
            int d = xa.shape().dim(i);
            sizes[i] = d == 0 || rnd.nextInt(8) == 0 ? 0 : 1 + rnd.nextInt(d);
            int traced = pick(a -> a.rank() == 0 && a.dtype() == DType.INT32);
            args.add(traced >= 0 && rnd.nextInt(5) == 0 ? ref(traced) : scalar(DType.INT32, rnd.nextInt(d + 4) - 2));
        }
        emit("dynamic_slice", "slice_sizes=" + tuple(sizes), args, xa.withShape(Shape.of(sizes)),
                o -> Lax.dynamicSlice(o.getFirst(), o.subList(1, o.size()).toArray(Array[]::new), sizes));
        return true;
    }

    // ---- reductions ----------------------------------------------------------------------------

    private boolean reduce() {
        int x = pick(a -> true);
        ShapedArray xa = values.get(x);
        List<String> ops = switch (xa.dtype()) {
            case FLOAT32 -> List.of("sum", "max", "min", "prod");
            case INT32 -> List.of("sum", "max", "min", "prod", "and", "or");
            default -> List.of("max", "min", "and", "or");
        };
        String op = ops.get(rnd.nextInt(ops.size()));
        int[] axes = sortedSubset(xa.rank(), rnd.nextInt(xa.rank() + 1));
        int[] out = IntStream.range(0, xa.rank()).filter(i -> IntStream.of(axes).noneMatch(a -> a == i)).map(i -> xa.shape().dim(i)).toArray();
        LaxCall call = switch (op) {
            case "sum" -> o -> Lax.reduceSum(o.getFirst(), axes);
            case "max" -> o -> Lax.reduceMax(o.getFirst(), axes);
            case "min" -> o -> Lax.reduceMin(o.getFirst(), axes);
            case "prod" -> o -> Lax.reduceProd(o.getFirst(), axes);
            case "and" -> o -> Lax.reduceAnd(o.getFirst(), axes);
            default -> o -> Lax.reduceOr(o.getFirst(), axes);
        };
        emit("reduce_" + op, "axes=" + tuple(axes), List.of(ref(x)), xa.withShape(Shape.of(out)), call);
        return true;
    }

    private boolean argReduce() {
        int x = pick(a -> a.shape().toList().stream().anyMatch(d -> d > 0));
        if (x < 0) return false;
        ShapedArray xa = values.get(x);
        int[] axes = IntStream.range(0, xa.rank()).filter(i -> xa.shape().dim(i) > 0).toArray();
        int axis = axes[rnd.nextInt(axes.length)];
        boolean max = rnd.nextBoolean();
        ShapedArray out = new ShapedArray(xa.shape().remove(axis), DType.INT32);
        emit(max ? "argmax" : "argmin", "axes=(" + axis + ",) index_dtype=int32", List.of(ref(x)), out,
                o -> max ? Lax.argmax(o.getFirst(), axis, DType.INT32) : Lax.argmin(o.getFirst(), axis, DType.INT32));
        return true;
    }

    private boolean cumulative() {
        int x = pick(a -> a.rank() > 0);
        if (x < 0) return false;
        ShapedArray xa = values.get(x);
        int axis = rnd.nextInt(xa.rank());
        boolean reverse = rnd.nextBoolean();
        List<String> ops = xa.dtype() == DType.BOOL ? List.of("cummax", "cummin") : List.of("cumsum", "cumprod", "cummax", "cummin");
        String op = ops.get(rnd.nextInt(ops.size()));
        LaxCall call = switch (op) {
            case "cumsum" -> o -> Lax.cumsum(o.getFirst(), axis, reverse);
            case "cumprod" -> o -> Lax.cumprod(o.getFirst(), axis, reverse);
            case "cummax" -> o -> Lax.cummax(o.getFirst(), axis, reverse);
            default -> o -> Lax.cummin(o.getFirst(), axis, reverse);
        };
        emit(op, "axis=" + axis + " reverse=" + (reverse ? "True" : "False"), List.of(ref(x)), xa, call);
        return true;
    }

    /**
     * A random {@code dot_general}: the rhs is a pooled value (the lhs itself included) with
     * randomly paired equal-size dimensions, or a fresh input built to fit.
     */
    private boolean dotGeneral() {
        int x = pick(a -> a.dtype() != DType.BOOL);
        if (x < 0) return false;
        ShapedArray xa = values.get(x);
        Shape ls = xa.shape();
        List<int[]> batch = new ArrayList<>();
        List<int[]> contracting = new ArrayList<>();
        Operand rhs;
        Shape rs;
        int y = pick(a -> a.dtype() == xa.dtype());
        if (y >= 0 && rnd.nextBoolean()) {
            rs = values.get(y).shape();
            boolean[] used = new boolean[rs.rank()];
            for (int i : permutation(ls.rank())) {
                if (rnd.nextInt(3) == 0) continue;
                int[] js = IntStream.range(0, rs.rank()).filter(j -> !used[j] && rs.dim(j) == ls.dim(i)).toArray();
                if (js.length == 0) continue;
                int j = js[rnd.nextInt(js.length)];
                used[j] = true;
                (rnd.nextBoolean() ? batch : contracting).add(new int[] {i, j});
            }
            int outRank = ls.rank() + rs.rank() - batch.size() - 2 * contracting.size();
            if (outRank > MAX_RANK) return false;
            rhs = ref(y);
        } else {
            if (inputs.size() >= MAX_INPUTS) return false;
            int[] lhsAxes = permutation(ls.rank());
            int paired = rnd.nextInt(ls.rank() + 1);
            int nBatch = rnd.nextInt(paired + 1);
            int lhsOut = ls.rank() - (paired - nBatch);
            int free = rnd.nextInt(MAX_RANK - Math.max(lhsOut, paired) + 1);
            int[] rhsAxes = permutation(paired + free);
            int[] rdims = new int[paired + free];
            for (int k = 0; k < paired; k++) {
                int[] pair = {lhsAxes[k], rhsAxes[k]};
                (k < nBatch ? batch : contracting).add(pair);
                rdims[rhsAxes[k]] = ls.dim(lhsAxes[k]);
            }
            for (int k = paired; k < rdims.length; k++) rdims[rhsAxes[k]] = randomDim();
            rs = Shape.of(rdims);
            rhs = ref(newInput(new ShapedArray(rs, xa.dtype())));
        }
        int[] lb = batch.stream().mapToInt(p -> p[0]).toArray();
        int[] rb = batch.stream().mapToInt(p -> p[1]).toArray();
        int[] lc = contracting.stream().mapToInt(p -> p[0]).toArray();
        int[] rc = contracting.stream().mapToInt(p -> p[1]).toArray();
        List<Integer> out = new ArrayList<>();
        for (int i : lb) out.add(ls.dim(i));
        for (int i = 0; i < ls.rank(); i++) if (!contains(lb, i) && !contains(lc, i)) out.add(ls.dim(i));
        for (int j = 0; j < rs.rank(); j++) if (!contains(rb, j) && !contains(rc, j)) out.add(rs.dim(j));
        DType preferred = rnd.nextInt(4) == 0 ? DType.FLOAT32 : null;
        DType outDtype = preferred != null ? preferred : xa.dtype();
        String params = "dimension_numbers=((" + tuple(lc) + ", " + tuple(rc) + "), (" + tuple(lb) + ", " + tuple(rb) + "))"
                + (preferred == null ? "" : " preferred_element_type=" + preferred);
        emit("dot_general", params, List.of(ref(x), rhs), new ShapedArray(Shape.of(out), outDtype),
                o -> Lax.dotGeneral(o.get(0), o.get(1), lc, rc, lb, rb, preferred));
        return true;
    }

    // ---- helpers -------------------------------------------------------------------------------

    int emit(String primitive, String params, List<Operand> operands, ShapedArray aval, LaxCall call) {
        int out = values.size();
        values.add(aval.strong());
        steps.add(new Step(out, primitive, params, operands, aval.strong(), call));
        return out;
    }

    int newInput(ShapedArray aval) {
        int v = values.size();
        values.add(aval);
        inputs.add(new Input(v, aval));
        return v;
    }

    private static List<Kind> weighted(Object... kindsAndWeights) {
        List<Kind> out = new ArrayList<>();
        for (int i = 0; i < kindsAndWeights.length; i += 2) {
            for (int k = 0; k < (Integer) kindsAndWeights[i + 1]; k++) out.add((Kind) kindsAndWeights[i]);
        }
        if (out.stream().distinct().count() != Kind.values().length) throw new IllegalStateException("every kind needs a weight");
        return List.copyOf(out);
    }

    static Ref ref(int value) { return new Ref(value); }

    /** A random value satisfying {@code p}, or -1; values defined late are a little likelier. */
    int pick(Predicate<ShapedArray> p) {
        int[] ok = IntStream.range(0, values.size()).filter(i -> p.test(values.get(i))).toArray();
        if (ok.length == 0) return -1;
        return rnd.nextInt(3) == 0 ? ok[ok.length - 1] : ok[rnd.nextInt(ok.length)];
    }

    static Const scalar(DType t, double v) {
        return new Const(switch (t) {
            case FLOAT32 -> Samples.f32((float) v);
            case INT32 -> Samples.i32((int) v);
            case BOOL -> Samples.bool(v != 0);
            default -> throw new IllegalArgumentException(t.toString());
        });
    }

    private ShapedArray randomAval() {
        int rank = rnd.nextInt(MAX_RANK + 1);
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) dims[i] = randomDim();
        int t = rnd.nextInt(10);
        return new ShapedArray(Shape.of(dims), t < 5 ? DType.FLOAT32 : t < 8 ? DType.INT32 : DType.BOOL);
    }

    /** 0 (one in twenty-five), 1 (one in five), else 2–4. */
    int randomDim() {
        int r = rnd.nextInt(25);
        return r < 1 ? 0 : r < 6 ? 1 : 2 + rnd.nextInt(3);
    }

    private int[] permutation(int n) {
        List<Integer> p = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(p, rnd);
        return p.stream().mapToInt(Integer::intValue).toArray();
    }

    /** {@code k} distinct values of {@code [0, n)}, ascending. */
    private int[] sortedSubset(int n, int k) {
        int[] p = permutation(n);
        return IntStream.of(Arrays.copyOf(p, k)).sorted().toArray();
    }

    private static boolean contains(int[] xs, int x) { return IntStream.of(xs).anyMatch(v -> v == x); }

    private static String tupleOfTuples(int[][] xss) {
        return xss.length == 1 ? "(" + tuple(xss[0]) + ",)" : Arrays.stream(xss).map(RandomPrograms::tuple).collect(Collectors.joining(", ", "(", ")"));
    }

    static String tuple(int[] xs) {
        return xs.length == 1 ? "(" + xs[0] + ",)" : IntStream.of(xs).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
