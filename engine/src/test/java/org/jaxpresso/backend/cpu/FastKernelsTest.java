package org.jaxpresso.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
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
}
