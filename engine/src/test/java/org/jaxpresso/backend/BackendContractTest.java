package org.jaxpresso.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jaxpresso.DType;
import org.jaxpresso.backend.cpu.CpuInterpreter;
import org.jaxpresso.core.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backend contract: every backend gives the reference {@link CpuInterpreter}'s values. One
 * subclass per backend. Tolerances: exact for integer and bool results, for {@code + - *},
 * comparisons, select, clamp, convert, max/min, abs, neg, floor/ceil and broadcasts; a few ulp
 * for transcendental functions, {@code pow} and {@code integer_pow}; {@code 1e-5 * (1 + |x|)}
 * for float sums, products and matrix products (the reference accumulates in double).
 */
public abstract class BackendContractTest {
    /** Ulps allowed for transcendental float functions. */
    static final int TRANSCENDENTAL_ULPS = 4;

    private static final CpuInterpreter ORACLE = new CpuInterpreter();

    /** The backend under test. */
    protected abstract Backend backend();

    /** Whether the backend computes float64 (tests of float64 are skipped otherwise). */
    protected boolean supportsFloat64() { return true; }

    // ---- the harness --------------------------------------------------------------------------

    /** An operand: its aval and its elements. */
    protected record Arg(ShapedArray aval, Buffer buffer) {}

    protected static Arg arg(Object data, int... dims) {
        Buffer b = Buffer.wrap(data);
        return new Arg(new ShapedArray(Shape.of(dims), b.dtype()), b);
    }

    protected static Arg randomFloats(long seed, double lo, double hi, int... dims) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[Shape.of(dims).size()];
        for (int i = 0; i < v.length; i++) v[i] = (float) (lo + (hi - lo) * r.nextDouble());
        return arg(v, dims);
    }

    protected static Arg randomInts(long seed, int lo, int hi, int... dims) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] v = new int[Shape.of(dims).size()];
        for (int i = 0; i < v.length; i++) v[i] = r.nextInt(lo, hi);
        return arg(v, dims);
    }

    /**
     * Runs {@code p} on the backend and on the oracle; float results may differ by {@code ulps}, or by
     * {@code rtol * (1 + |expected|)} (relative for large values, absolute near zero, where sums cancel).
     */
    protected Buffer check(Primitive p, int ulps, double rtol, Arg... args) {
        List<Buffer> in = new ArrayList<>();
        List<ShapedArray> avals = new ArrayList<>();
        for (Arg a : args) {
            in.add(a.buffer());
            avals.add(a.aval());
        }
        List<ShapedArray> outAvals = p.abstractEval(avals);
        Buffer expected = ORACLE.execute(p, in, avals, outAvals).getFirst();
        Buffer actual = backend().execute(p, in, avals, outAvals).getFirst();
        assertEquals(expected.dtype(), actual.dtype(), p.primitiveName() + " dtype");
        assertEquals(expected.size(), actual.size(), p.primitiveName() + " size");
        for (int i = 0; i < expected.size(); i++) {
            String where = p.primitiveName() + " " + p.params() + " element " + i + " of inputs " + avals;
            if (expected.dtype().isFloating()) {
                double e = expected.getDouble(i);
                double a = actual.getDouble(i);
                if (Double.isNaN(e) || Double.isInfinite(e)) {
                    assertEquals(e, a, where);
                } else {
                    double ulp = expected.dtype() == DType.FLOAT32 ? Math.ulp((float) e) : Math.ulp(e);
                    double allowed = Math.max(ulps * ulp, rtol * (1 + Math.abs(e)));
                    assertTrue(Math.abs(a - e) <= allowed, where + ": expected " + e + " but got " + a + " (allowed " + allowed + ")");
                }
            } else {
                assertEquals(expected.getLong(i), actual.getLong(i), where);
            }
        }
        return actual;
    }

    protected Buffer exact(Primitive p, Arg... args) { return check(p, 0, 0, args); }

    // ---- unary --------------------------------------------------------------------------------

    private static final Arg SPECIAL_FLOATS = arg(new float[] {0f, -0f, 1.5f, -2.5f, 0.5f, -0.5f, 3.7f, -1e30f,
            Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE}, 3, 4);

    @ParameterizedTest
    @EnumSource(value = Unary.class, names = {"NEG", "SIGN", "FLOOR", "CEIL", "IS_FINITE", "ABS", "SQUARE"})
    void exactFloatUnaryOps(Unary op) {
        exact(op, SPECIAL_FLOATS);
        exact(op, randomFloats(1, -100, 100, 5, 7));
    }

    @ParameterizedTest
    @EnumSource(value = Unary.class, names = {"EXP", "EXP2", "LOG", "LOG1P", "EXPM1", "TANH", "LOGISTIC", "SIN", "COS", "TAN",
            "ASIN", "ACOS", "ATAN", "SINH", "COSH", "ASINH", "ACOSH", "ATANH", "SQRT", "RSQRT", "CBRT"})
    void transcendentalFloatUnaryOps(Unary op) {
        double lo = switch (op) {
            case LOG, SQRT, RSQRT -> 0.01;
            case ACOSH -> 1;
            case ASIN, ACOS, ATANH -> -0.99;
            default -> -5;
        };
        double hi = switch (op) {
            case ASIN, ACOS, ATANH -> 0.99;
            default -> 5;
        };
        check(op, TRANSCENDENTAL_ULPS, 0, randomFloats(2, lo, hi, 64));
    }

    @ParameterizedTest
    @EnumSource(value = Unary.class, names = {"NEG", "SIGN", "ABS", "NOT", "SQUARE"})
    void integerUnaryOpsWrapLikeXla(Unary op) {
        exact(op, arg(new int[] {0, 1, -1, 7, -7, 46341, Integer.MAX_VALUE, Integer.MIN_VALUE}, 8));
        exact(op, arg(new long[] {0, 3, -3, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE}, 6));
    }

    @Test
    void notOfBool() {
        Buffer r = exact(Unary.NOT, arg(new boolean[] {true, false, false}, 3));
        assertArrayEquals(new boolean[] {false, true, true}, (boolean[]) r.data());
    }

    @ParameterizedTest
    @EnumSource(Round.RoundingMethod.class)
    void round(Round.RoundingMethod method) {
        Buffer r = exact(new Round(method), arg(new float[] {0.5f, 1.5f, 2.5f, -0.5f, -2.5f, 2.4f}, 6));
        float[] expected = method == Round.RoundingMethod.AWAY_FROM_ZERO
                ? new float[] {1, 2, 3, -1, -3, 2} : new float[] {0, 2, 2, -0f, -2, 2};
        assertArrayEquals(expected, (float[]) r.data());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, -2})
    void integerPowOfFloats(int y) {
        check(new IntegerPow(y), TRANSCENDENTAL_ULPS, 0, randomFloats(3, -3, 3, 17));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 7})
    void integerPowOfIntsWraps(int y) {
        exact(new IntegerPow(y), arg(new int[] {0, 1, -2, 3, 100, -77777}, 6));
    }

    // ---- binary -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Binary.class, names = {"ADD", "SUB", "MUL", "DIV", "REM", "MAX", "MIN"})
    void exactFloatBinaryOps(Binary op) {
        exact(op, randomFloats(4, -10, 10, 4, 5), randomFloats(5, -10, 10, 4, 5));
        exact(op, SPECIAL_FLOATS, arg(new float[] {1f, 2f, Float.NaN, -0f, 3f, 0.25f, 1e30f, 7f, 1f, 5f, Float.NaN, -1f}, 3, 4));
    }

    @ParameterizedTest
    @EnumSource(value = Binary.class, names = {"POW", "ATAN2"})
    void transcendentalFloatBinaryOps(Binary op) {
        check(op, TRANSCENDENTAL_ULPS, 0, randomFloats(6, 0.1, 4, 33), randomFloats(7, -3, 3, 33));
    }

    @ParameterizedTest
    @EnumSource(value = Binary.class, names = {"ADD", "SUB", "MUL", "DIV", "REM", "MAX", "MIN", "AND", "OR", "XOR"})
    void integerBinaryOpsFollowXla(Binary op) {
        Arg x = arg(new int[] {7, -7, 7, -7, 5, Integer.MIN_VALUE, Integer.MAX_VALUE, 123456, 0}, 9);
        Arg y = arg(new int[] {2, 2, -2, -2, 0, -1, 1, 654321, 0}, 9);
        exact(op, x, y);
        exact(op, arg(new long[] {Long.MIN_VALUE, 9, -9, 1L << 40}, 4), arg(new long[] {-1, 0, 4, 1L << 30}, 4));
    }

    @Test
    void integerDivisionByZeroAndOverflowAreDefined() {
        Arg x = arg(new int[] {7, Integer.MIN_VALUE, -9}, 3);
        Arg y = arg(new int[] {0, -1, 4}, 3);
        assertArrayEquals(new int[] {-1, Integer.MIN_VALUE, -2}, (int[]) exact(Binary.DIV, x, y).data());
        assertArrayEquals(new int[] {7, 0, -1}, (int[]) exact(Binary.REM, x, y).data());
    }

    @ParameterizedTest
    @EnumSource(value = Binary.class, names = {"EQ", "NE", "LT", "LE", "GT", "GE"})
    void comparisons(Binary op) {
        exact(op, SPECIAL_FLOATS, arg(new float[] {0f, 0f, 1.5f, 2f, Float.NaN, -1f, 3.7f, -1e30f, Float.NaN, 1f, Float.NEGATIVE_INFINITY, 0f}, 3, 4));
        exact(op, randomInts(8, -3, 3, 20), randomInts(9, -3, 3, 20));
        exact(op, arg(new long[] {1, Long.MIN_VALUE, 5}, 3), arg(new long[] {1, 0, -5}, 3));
    }

    @Test
    void boolBinaryOps() {
        Arg x = arg(new boolean[] {false, false, true, true}, 4);
        Arg y = arg(new boolean[] {false, true, false, true}, 4);
        for (Binary op : List.of(Binary.AND, Binary.OR, Binary.XOR, Binary.EQ, Binary.NE, Binary.MAX, Binary.MIN)) exact(op, x, y);
        assertArrayEquals(new boolean[] {false, true, true, false}, (boolean[]) exact(Binary.XOR, x, y).data());
    }

    @Test
    void binaryOpsBroadcastScalarsAndSizeOneDimensions() {
        Arg m = randomFloats(10, -5, 5, 3, 4);
        exact(Binary.ADD, m, arg(new float[] {2.5f}));
        exact(Binary.SUB, arg(new float[] {2.5f}), m);
        exact(Binary.MUL, m, randomFloats(11, -5, 5, 3, 1));
        exact(Binary.MAX, randomFloats(12, -5, 5, 1, 4), m);
        exact(Binary.LT, randomFloats(13, -5, 5, 2, 1, 3), randomFloats(14, -5, 5, 1, 4, 1));
    }

    // ---- select, clamp, convert ---------------------------------------------------------------

    @Test
    void selectN() {
        Arg a = randomFloats(15, -5, 5, 2, 3);
        Arg b = randomFloats(16, -5, 5, 2, 3);
        Arg c = randomFloats(17, -5, 5, 2, 3);
        exact(new SelectN(), arg(new boolean[] {true, false, true, false, false, true}, 2, 3), a, b);
        exact(new SelectN(), arg(new boolean[] {true}), a, b);
        exact(new SelectN(), arg(new int[] {0, 1, 2, 2, 1, 0}, 2, 3), a, b, c);
        Buffer r = exact(new SelectN(), arg(new int[] {1, 0}, 2), arg(new int[] {10, 20}, 2), arg(new int[] {30, 40}, 2));
        assertArrayEquals(new int[] {30, 20}, (int[]) r.data());
    }

    @Test
    void clamp() {
        exact(new Clamp(), arg(new float[] {-1f}), SPECIAL_FLOATS, arg(new float[] {2f}));
        exact(new Clamp(), randomFloats(18, -3, 0, 3, 4), randomFloats(19, -5, 5, 3, 4), arg(new float[] {1f}));
        Buffer r = exact(new Clamp(), arg(new int[] {0}), arg(new int[] {-5, 3, 12}, 3), arg(new int[] {10}));
        assertArrayEquals(new int[] {0, 3, 10}, (int[]) r.data());
    }

    @Test
    void convertElementType() {
        Arg floats = arg(new float[] {0f, -0f, 1.9f, -1.9f, 3e9f, -3e9f, Float.NaN, Float.POSITIVE_INFINITY, 0.25f}, 9);
        for (DType to : List.of(DType.INT32, DType.INT64, DType.BOOL, DType.FLOAT32)) exact(new ConvertElementType(to, false), floats);
        Arg ints = arg(new int[] {0, -1, 7, Integer.MIN_VALUE, 16777217}, 5);
        for (DType to : List.of(DType.FLOAT32, DType.INT64, DType.BOOL)) exact(new ConvertElementType(to, false), ints);
        Arg bools = arg(new boolean[] {true, false}, 2);
        for (DType to : List.of(DType.FLOAT32, DType.INT32)) exact(new ConvertElementType(to, false), bools);
        Buffer r = exact(new ConvertElementType(DType.INT32, false), floats);
        assertArrayEquals(new int[] {0, 0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, Integer.MAX_VALUE, 0}, (int[]) r.data());
    }

    // ---- structure, reductions, dot -----------------------------------------------------------

    @Test
    void broadcastInDim() {
        exact(new BroadcastInDim(Shape.of(2, 3), IntTuple.of(1)), arg(new float[] {1, 2, 3}, 3));
        exact(new BroadcastInDim(Shape.of(2, 4), IntTuple.of(0, 1)), arg(new int[] {5, 6}, 2, 1));
        exact(new BroadcastInDim(Shape.of(2, 2), IntTuple.of()), arg(new boolean[] {true}));
        Buffer r = exact(new BroadcastInDim(Shape.of(3, 2, 2), IntTuple.of(0, 2)), arg(new int[] {1, 2, 3, 4, 5, 6}, 3, 2));
        assertArrayEquals(new int[] {1, 2, 1, 2, 3, 4, 3, 4, 5, 6, 5, 6}, (int[]) r.data());
    }

    @ParameterizedTest
    @EnumSource(value = Reduce.Op.class, names = {"SUM", "MAX", "MIN", "PROD"})
    void reductionsOverAnyAxes(Reduce.Op op) {
        Arg x = randomFloats(20, 0.5, 1.5, 3, 4, 5);
        Arg xi = randomInts(21, -9, 9, 3, 4, 5);
        for (IntTuple axes : List.of(IntTuple.of(0), IntTuple.of(1), IntTuple.of(2), IntTuple.of(0, 2), IntTuple.of(), IntTuple.of(0, 1, 2))) {
            check(new Reduce(op, axes), 0, 1e-5, x);
            exact(new Reduce(op, axes), xi);
        }
    }

    @Test
    void reductionsOfBoolsAndSpecialValues() {
        Arg b = arg(new boolean[] {true, false, true, true, true, true}, 2, 3);
        for (Reduce.Op op : List.of(Reduce.Op.AND, Reduce.Op.OR, Reduce.Op.MAX, Reduce.Op.MIN)) exact(new Reduce(op, IntTuple.of(1)), b);
        Buffer max = exact(new Reduce(Reduce.Op.MAX, IntTuple.of(1)), arg(new float[] {1, Float.NaN, 2, -1, -3, -2}, 2, 3));
        assertTrue(Float.isNaN(((float[]) max.data())[0]));
        assertEquals(-1f, ((float[]) max.data())[1]);
    }

    @Test
    void plainMatrixProductsInEveryLayout() {
        Arg a = randomFloats(22, -1, 1, 5, 7);
        Arg b = randomFloats(23, -1, 1, 7, 3);
        Arg at = randomFloats(24, -1, 1, 7, 5);
        Arg bt = randomFloats(25, -1, 1, 3, 7);
        check(dot(1, 0), 0, 1e-5, a, b);
        check(dot(0, 0), 0, 1e-5, at, b);
        check(dot(1, 1), 0, 1e-5, a, bt);
        check(dot(0, 1), 0, 1e-5, at, bt);
        Buffer r = exact(dot(1, 0), arg(new int[] {1, 2, 3, 4}, 2, 2), arg(new int[] {5, 6, 7, 8}, 2, 2));
        assertArrayEquals(new int[] {19, 22, 43, 50}, (int[]) r.data());
    }

    @Test
    void batchedAndMatrixVectorProducts() {
        DotGeneral batched = new DotGeneral(new DotDimensionNumbers(IntTuple.of(2), IntTuple.of(1), IntTuple.of(0), IntTuple.of(0)), null);
        check(batched, 0, 1e-5, randomFloats(27, -1, 1, 2, 3, 4), randomFloats(28, -1, 1, 2, 4, 2));
        DotGeneral batchLast = new DotGeneral(new DotDimensionNumbers(IntTuple.of(0), IntTuple.of(1), IntTuple.of(2), IntTuple.of(0)), null);
        check(batchLast, 0, 1e-5, randomFloats(29, -1, 1, 17, 5, 3), randomFloats(30, -1, 1, 3, 17, 19));
        check(dot(1, 0), 0, 1e-5, randomFloats(31, -1, 1, 5, 7), randomFloats(32, -1, 1, 7));
        check(dot(0, 0), 0, 1e-5, randomFloats(33, -1, 1, 7), randomFloats(34, -1, 1, 7));
    }

    private static DotGeneral dot(int lhsContracting, int rhsContracting) {
        return new DotGeneral(new DotDimensionNumbers(IntTuple.of(lhsContracting), IntTuple.of(rhsContracting), IntTuple.of(), IntTuple.of()), null);
    }

    @Test
    void primitivesWithoutAKernelStillGiveTheReferenceValues() {
        exact(new Rev(IntTuple.of(1)), randomFloats(26, -1, 1, 3, 4));
        // two free dimensions on the left: no tiled kernel takes it
        exact(new DotGeneral(new DotDimensionNumbers(IntTuple.of(2), IntTuple.of(0), IntTuple.of(), IntTuple.of()), null),
                randomFloats(35, -1, 1, 2, 3, 4), randomFloats(36, -1, 1, 4, 2));
    }

    @Test
    void shapeOperationsMoveElementsExactly() {
        exact(new Transpose(IntTuple.of(1, 0)), randomFloats(37, -1, 1, 3, 4));
        exact(new Transpose(IntTuple.of(2, 0, 1)), randomInts(38, -9, 9, 2, 3, 5));
        exact(new Reshape(Shape.of(6, 2)), randomFloats(39, -1, 1, 3, 4));
        exact(new Slice(IntTuple.of(1, 0, 2), IntTuple.of(3, 5, 7), IntTuple.of(1, 2, 3)), randomFloats(40, -1, 1, 3, 5, 8));
        exact(new Slice(IntTuple.of(0, 1), IntTuple.of(2, 3), null), randomInts(41, -9, 9, 2, 4));
        exact(new Rev(IntTuple.of(0, 2)), randomInts(42, -9, 9, 2, 3, 4));
        exact(new Concatenate(1), randomFloats(43, -1, 1, 2, 3), randomFloats(44, -1, 1, 2, 0), randomFloats(45, -1, 1, 2, 5));
        exact(new Iota(DType.INT32, Shape.of(3, 4), 1));
        exact(new Iota(DType.FLOAT32, Shape.of(3, 4), 0));
    }

    @Test
    void splitGivesEverySlice() {
        Arg x = randomInts(46, -9, 9, 2, 7);
        Split split = new Split(IntTuple.of(3, 0, 4), 1);
        List<ShapedArray> outAvals = split.abstractEval(List.of(x.aval()));
        List<Buffer> want = ORACLE.execute(split, List.of(x.buffer()), List.of(x.aval()), outAvals);
        List<Buffer> got = backend().execute(split, List.of(x.buffer()), List.of(x.aval()), outAvals);
        assertEquals(want.size(), got.size());
        for (int k = 0; k < want.size(); k++) assertArrayEquals((int[]) want.get(k).data(), (int[]) got.get(k).data(), "output " + k);
    }

    @Test
    void emptyArrays() {
        exact(Binary.ADD, arg(new float[0], 0, 3), arg(new float[0], 0, 3));
        exact(new Reduce(Reduce.Op.SUM, IntTuple.of(1)), arg(new float[0], 2, 0));
    }

    @Test
    void float64() {
        org.junit.jupiter.api.Assumptions.assumeTrue(supportsFloat64(), "the backend does not compute float64");
        Arg x = arg(new double[] {1.5, -2.25, 1e300, Double.NaN, 1 / 3.0}, 5);
        Arg y = arg(new double[] {0.5, 4, 1e10, 1, 3}, 5);
        for (Binary op : List.of(Binary.ADD, Binary.MUL, Binary.DIV, Binary.MAX, Binary.LT)) exact(op, x, y);
        check(Unary.EXP, TRANSCENDENTAL_ULPS, 0, arg(new double[] {0.1, -3, 2}, 3));
        exact(new ConvertElementType(DType.FLOAT32, false), x);
        check(new Reduce(Reduce.Op.SUM, IntTuple.of(0)), 0, 1e-12, arg(new double[] {0.1, 0.2, 0.3}, 3));
        check(dot(1, 0), 0, 1e-12, arg(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, 2, 3), arg(new double[] {1e-3, 2, 3e3, 4, 5, 6}, 3, 2));
    }
}
