package org.jaxpresso.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.BroadcastInDim;
import org.jaxpresso.core.Concatenate;
import org.jaxpresso.core.DotDimensionNumbers;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Slice;
import org.jaxpresso.core.Unary;
import org.junit.jupiter.api.Test;

/** The fast path gives exactly the reference's values wherever it applies, and declines elsewhere. */
class FastKernelsTest {
    private static final List<Binary> FAST_BINARY = List.of(Binary.ADD, Binary.SUB, Binary.MUL, Binary.DIV, Binary.MAX, Binary.MIN);
    private static final List<Unary> FAST_UNARY = List.of(Unary.EXP, Unary.TANH, Unary.SIN, Unary.COS, Unary.NEG, Unary.ABS, Unary.SQRT, Unary.LOGISTIC);
    private final CpuInterpreter reference = new CpuInterpreter();
    private final Random random = new Random(42);

    private float[] randomFloats(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (i % 17) {
                case 0 -> Float.NaN;
                case 1 -> 0f;
                case 2 -> -0f;
                case 3 -> Float.POSITIVE_INFINITY;
                case 4 -> Float.MIN_VALUE;
                case 5 -> Float.MAX_VALUE;
                default -> (float) (random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
            };
        }
        return v;
    }

    private int[] randomInts(int n) {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = i % 11 == 0 ? 0 : i % 13 == 0 ? Integer.MIN_VALUE : i % 7 == 0 ? -1 : random.nextInt();
        return v;
    }

    private Buffer run(boolean fast, Primitive p, List<Buffer> in, List<ShapedArray> avals) {
        List<ShapedArray> out = p.abstractEval(avals);
        return fast ? FastKernels.tryExecute(p, in, avals, out.getFirst()) : reference.execute(p, in, avals, out).getFirst();
    }

    private void assertSame(Primitive p, List<Buffer> in, List<ShapedArray> avals) {
        Buffer fast = run(true, p, in, avals);
        assertNotNull(fast, "fast path declined " + p.primitiveName() + " on " + avals);
        Buffer ref = run(false, p, in, avals);
        switch (ref.data()) {
            case float[] r -> assertArrayEquals(r, (float[]) fast.data(), p.primitiveName() + " " + avals);
            case int[] r -> assertArrayEquals(r, (int[]) fast.data(), p.primitiveName() + " " + avals);
            case boolean[] r -> assertArrayEquals(r, (boolean[]) fast.data(), p.primitiveName() + " " + avals);
            default -> throw new AssertionError("unexpected dtype " + ref.dtype());
        }
    }

    @Test
    void float32BinarySameShapeMatchesReference() {
        ShapedArray a = new ShapedArray(Shape.of(7, 143), DType.FLOAT32);
        for (Binary op : FAST_BINARY) {
            assertSame(op, List.of(Buffer.wrap(randomFloats(1001)), Buffer.wrap(randomFloats(1001))), List.of(a, a));
        }
    }

    @Test
    void float32ScalarWithArrayMatchesReference() {
        ShapedArray s = ShapedArray.scalar(DType.FLOAT32);
        ShapedArray a = new ShapedArray(Shape.of(1000), DType.FLOAT32);
        for (Binary op : FAST_BINARY) {
            for (float scalar : new float[] {2.5f, -0f, Float.NaN, 3e-5f}) {
                Buffer sb = Buffer.wrap(new float[] {scalar});
                Buffer ab = Buffer.wrap(randomFloats(1000));
                assertSame(op, List.of(sb, ab), List.of(s, a));
                assertSame(op, List.of(ab, sb), List.of(a, s));
            }
        }
    }

    @Test
    void int32BinaryMatchesReferenceIncludingWrapAndDivisionByZero() {
        ShapedArray a = new ShapedArray(Shape.of(1000), DType.INT32);
        for (Binary op : FAST_BINARY) {
            assertSame(op, List.of(Buffer.wrap(randomInts(1000)), Buffer.wrap(randomInts(1000))), List.of(a, a));
        }
    }

    @Test
    void float32UnaryMatchesReference() {
        ShapedArray a = new ShapedArray(Shape.of(1000), DType.FLOAT32);
        for (Unary op : FAST_UNARY) assertSame(op, List.of(Buffer.wrap(randomFloats(1000))), List.of(a));
    }

    @Test
    void largeFloat32UnaryRunsInChunksAndMatchesReference() {
        int n = 3 * 65536 + 17;
        ShapedArray a = new ShapedArray(Shape.of(n), DType.FLOAT32);
        for (Unary op : FAST_UNARY) assertSame(op, List.of(Buffer.wrap(randomFloats(n))), List.of(a));
    }

    @Test
    void zeroDimensionalAndEmptyOperands() {
        ShapedArray s = ShapedArray.scalar(DType.FLOAT32);
        assertSame(Binary.ADD, List.of(Buffer.wrap(new float[] {1}), Buffer.wrap(new float[] {2})), List.of(s, s));
        ShapedArray e = new ShapedArray(Shape.of(0, 3), DType.FLOAT32);
        assertSame(Binary.MUL, List.of(Buffer.wrap(new float[0]), Buffer.wrap(new float[0])), List.of(e, e));
        assertSame(Unary.EXP, List.of(Buffer.wrap(new float[0])), List.of(e));
    }

    @Test
    void declinesWhatItDoesNotCover() {
        ShapedArray row = new ShapedArray(Shape.of(1, 3), DType.FLOAT32);
        ShapedArray col = new ShapedArray(Shape.of(2, 1), DType.FLOAT32);
        Buffer r = Buffer.wrap(new float[3]);
        Buffer c = Buffer.wrap(new float[2]);
        assertNull(run(true, Binary.ADD, List.of(c, r), List.of(col, row)), "size-1 broadcasting goes to the reference");
        ShapedArray f = new ShapedArray(Shape.of(3), DType.FLOAT32);
        assertNull(run(true, Binary.POW, List.of(r, r), List.of(f, f)));
        assertNull(run(true, Binary.LT, List.of(r, r), List.of(f, f)));
        assertNull(run(true, Unary.LOG, List.of(r), List.of(f)));
        ShapedArray d = new ShapedArray(Shape.of(3), DType.FLOAT64);
        Buffer db = Buffer.wrap(new double[3]);
        assertNull(run(true, Binary.ADD, List.of(db, db), List.of(d, d)));
        ShapedArray i = new ShapedArray(Shape.of(3), DType.INT32);
        Buffer ib = Buffer.wrap(new int[3]);
        assertNull(run(true, Binary.REM, List.of(ib, ib), List.of(i, i)));
        assertNull(run(true, Unary.NEG, List.of(ib), List.of(i)));
    }

    // ---- data movement and dot_general -----------------------------------------------------------

    private Buffer randomBuffer(DType dtype, int n) {
        return switch (dtype) {
            case FLOAT32 -> Buffer.wrap(randomFloats(n));
            case INT32 -> Buffer.wrap(randomInts(n));
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) v[i] = random.nextBoolean();
                yield Buffer.wrap(v);
            }
            default -> throw new IllegalArgumentException(dtype.toString());
        };
    }

    private static ShapedArray aval(DType dtype, int... dims) { return new ShapedArray(Shape.of(dims), dtype); }

    @Test
    void unitStrideSliceMatchesReferenceForEveryRankAndDtype() {
        for (DType t : List.of(DType.FLOAT32, DType.INT32, DType.BOOL)) {
            ShapedArray a3 = aval(t, 5, 7, 9);
            Buffer x3 = randomBuffer(t, 5 * 7 * 9);
            for (int trial = 0; trial < 50; trial++) {
                int[] start = new int[3];
                int[] limit = new int[3];
                for (int a = 0; a < 3; a++) {
                    start[a] = random.nextInt(a3.shape().dim(a) + 1);
                    limit[a] = start[a] + random.nextInt(a3.shape().dim(a) - start[a] + 1);
                }
                assertSame(new Slice(IntTuple.of(start), IntTuple.of(limit), null), List.of(x3), List.of(a3));
            }
            assertSame(new Slice(IntTuple.of(1, 0, 2, 1), IntTuple.of(3, 4, 4, 6), null), List.of(randomBuffer(t, 360)), List.of(aval(t, 3, 4, 5, 6)));
            // The vmapped convolve's window: a [1000, 3] column block of a [1000, 1000] batch.
            ShapedArray big = aval(t, 1000, 1000);
            assertSame(new Slice(IntTuple.of(0, 417), IntTuple.of(1000, 420), null), List.of(randomBuffer(t, 1_000_000)), List.of(big));
            assertSame(new Slice(IntTuple.of(2), IntTuple.of(5), null), List.of(randomBuffer(t, 9)), List.of(aval(t, 9)));
            assertSame(new Slice(IntTuple.of(), IntTuple.of(), null), List.of(randomBuffer(t, 1)), List.of(aval(t)));
        }
    }

    @Test
    void concatenateMatchesReferenceAlongEveryAxis() {
        for (DType t : List.of(DType.FLOAT32, DType.INT32, DType.BOOL)) {
            for (int axis = 0; axis < 3; axis++) {
                List<ShapedArray> avals = new java.util.ArrayList<>();
                List<Buffer> in = new java.util.ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    int[] dims = {3, 4, 5};
                    dims[axis] = k == 2 ? 0 : 1 + random.nextInt(4);
                    ShapedArray a = aval(t, dims);
                    avals.add(a);
                    in.add(randomBuffer(t, a.shape().size()));
                }
                assertSame(new Concatenate(axis), in, avals);
            }
            // The stacked convolve outputs: 998 pieces of [1000, 1] along axis 1.
            List<ShapedArray> avals = java.util.Collections.nCopies(998, aval(t, 1000, 1));
            List<Buffer> in = new java.util.ArrayList<>();
            for (int k = 0; k < 998; k++) in.add(randomBuffer(t, 1000));
            assertSame(new Concatenate(1), in, avals);
        }
    }

    @Test
    void broadcastThatOnlyInsertsAxesMatchesReference() {
        for (DType t : List.of(DType.FLOAT32, DType.INT32, DType.BOOL)) {
            assertSame(new BroadcastInDim(Shape.of(1000, 1), IntTuple.of(0)), List.of(randomBuffer(t, 1000)), List.of(aval(t, 1000)));
            assertSame(new BroadcastInDim(Shape.of(1), IntTuple.of()), List.of(randomBuffer(t, 1)), List.of(aval(t)));
            assertSame(new BroadcastInDim(Shape.of(1, 3, 1, 4), IntTuple.of(1, 2, 3)), List.of(randomBuffer(t, 12)), List.of(aval(t, 3, 1, 4)));
        }
    }

    @Test
    void float32DotGeneralMatchesReference() {
        record Case(int[] lhs, int[] rhs, DotDimensionNumbers dn) {}
        List<Case> cases = List.of(
                // convolve's window dot, and its vmapped forms (ws batched, and ws unbatched)
                new Case(new int[] {3}, new int[] {3}, dims(IntTuple.of(0), IntTuple.of(0), IntTuple.of(), IntTuple.of())),
                new Case(new int[] {1000, 3}, new int[] {1000, 3}, dims(IntTuple.of(1), IntTuple.of(1), IntTuple.of(0), IntTuple.of(0))),
                new Case(new int[] {1000, 3}, new int[] {3}, dims(IntTuple.of(1), IntTuple.of(0), IntTuple.of(), IntTuple.of())),
                // matmul, a transposed contraction, a batch axis in the middle, two contracting axes, an outer product
                new Case(new int[] {4, 5}, new int[] {5, 6}, dims(IntTuple.of(1), IntTuple.of(0), IntTuple.of(), IntTuple.of())),
                new Case(new int[] {5, 4}, new int[] {6, 5}, dims(IntTuple.of(0), IntTuple.of(1), IntTuple.of(), IntTuple.of())),
                new Case(new int[] {3, 2, 5}, new int[] {5, 2, 4}, dims(IntTuple.of(2), IntTuple.of(0), IntTuple.of(1), IntTuple.of(1))),
                new Case(new int[] {2, 3, 4}, new int[] {4, 3, 5}, dims(IntTuple.of(1, 2), IntTuple.of(1, 0), IntTuple.of(), IntTuple.of())),
                new Case(new int[] {3}, new int[] {4}, dims(IntTuple.of(), IntTuple.of(), IntTuple.of(), IntTuple.of())),
                new Case(new int[] {0, 3}, new int[] {3, 2}, dims(IntTuple.of(1), IntTuple.of(0), IntTuple.of(), IntTuple.of())),
                new Case(new int[] {2, 0}, new int[] {0, 3}, dims(IntTuple.of(1), IntTuple.of(0), IntTuple.of(), IntTuple.of())));
        for (Case c : cases) {
            ShapedArray l = aval(DType.FLOAT32, c.lhs());
            ShapedArray r = aval(DType.FLOAT32, c.rhs());
            // Moderate values, so that sums are not all NaN, then the special values of randomFloats.
            for (boolean special : new boolean[] {false, true}) {
                Buffer lb = special ? Buffer.wrap(randomFloats(l.shape().size())) : gaussians(l.shape().size());
                Buffer rb = special ? Buffer.wrap(randomFloats(r.shape().size())) : gaussians(r.shape().size());
                assertSame(new DotGeneral(c.dn(), DType.FLOAT32), List.of(lb, rb), List.of(l, r));
            }
        }
    }

    private static DotDimensionNumbers dims(IntTuple lc, IntTuple rc, IntTuple lb, IntTuple rb) {
        return new DotDimensionNumbers(lc, rc, lb, rb);
    }

    private Buffer gaussians(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(5) - 2));
        return Buffer.wrap(v);
    }

    @Test
    void declinesStridedSlicesRealBroadcastsAndNonFloatDots() {
        ShapedArray a = aval(DType.FLOAT32, 6);
        Buffer x = Buffer.wrap(randomFloats(6));
        assertNull(run(true, new Slice(IntTuple.of(0), IntTuple.of(6), IntTuple.of(2)), List.of(x), List.of(a)));
        assertNull(run(true, new BroadcastInDim(Shape.of(2, 6), IntTuple.of(1)), List.of(x), List.of(a)));
        ShapedArray i = aval(DType.INT32, 3);
        Buffer ib = Buffer.wrap(randomInts(3));
        DotDimensionNumbers dn = dims(IntTuple.of(0), IntTuple.of(0), IntTuple.of(), IntTuple.of());
        assertNull(run(true, new DotGeneral(dn, DType.INT32), List.of(ib, ib), List.of(i, i)));
        assertNull(run(true, new DotGeneral(dn, DType.FLOAT32), List.of(ib, Buffer.wrap(randomFloats(3))), List.of(i, aval(DType.FLOAT32, 3))));
    }
}
