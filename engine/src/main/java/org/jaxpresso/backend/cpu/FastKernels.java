package org.jaxpresso.backend.cpu;

import java.util.List;
import java.util.stream.IntStream;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.BroadcastInDim;
import org.jaxpresso.core.Concatenate;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Slice;
import org.jaxpresso.core.Unary;

/**
 * Specialised loops for the common eager cases: float32 and int32 arithmetic on operands of equal
 * shape (or a scalar with an array) and the usual float32 unary functions, as tight loops over
 * the backing arrays; data movement as block copies ({@link BlockCopyKernels}); float32 and
 * float64 {@code dot_general} as GEMM when the product is large ({@link GemmDotKernel}), small
 * float32 ones as exact loops ({@link Float32DotKernel}). {@code null} means "use the reference".
 *
 * <p>Results equal the reference's exactly: float32 {@code + - * /} computed in {@code float} are
 * correctly rounded, as the reference's double computation rounded once to float32 is; the
 * transcendental functions call the same {@code Math} methods the reference calls; int32 division
 * follows the reference's rules ({@code x / 0 == -1}). The one exception is GEMM, which sums in
 * the operands' precision and its own order: equal to the reference within rounding only.
 */
final class FastKernels {
    private FastKernels() {}

    static Buffer tryExecute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        if (p instanceof Binary op) return binary(op, in, inAvals, out);
        if (p instanceof Unary op && out.dtype() == DType.FLOAT32 && in.getFirst().data() instanceof float[] x) return unary(op, x);
        if (p instanceof Slice s) return BlockCopyKernels.slice(s, in.getFirst(), inAvals.getFirst(), out);
        if (p instanceof Concatenate c) return BlockCopyKernels.concatenate(c, in, inAvals, out);
        if (p instanceof BroadcastInDim b) return BlockCopyKernels.broadcastInDim(b, in.getFirst(), inAvals.getFirst(), out);
        if (p instanceof DotGeneral d) {
            Buffer gemm = GemmDotKernel.dotGeneral(d, in.get(0), inAvals.get(0), in.get(1), inAvals.get(1), out);
            if (gemm != null) return gemm;
            if (out.dtype() == DType.FLOAT32 && in.get(0).data() instanceof float[] l && in.get(1).data() instanceof float[] r) {
                return Float32DotKernel.dotGeneral(d, l, inAvals.get(0), r, inAvals.get(1), out);
            }
        }
        return null;
    }

    // ---- binary -------------------------------------------------------------------------------

    private static Buffer binary(Binary op, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) {
        ShapedArray xa = inAvals.get(0);
        ShapedArray ya = inAvals.get(1);
        boolean same = xa.shape().equals(ya.shape());
        boolean xScalar = xa.rank() == 0 && !same;
        boolean yScalar = ya.rank() == 0 && !same;
        if (!same && !xScalar && !yScalar) return null;
        Object x = in.get(0).data();
        Object y = in.get(1).data();
        int n = out.shape().size();
        if (x instanceof float[] xf && y instanceof float[] yf) {
            float[] r = new float[n];
            boolean done = xScalar ? floatScalarArray(op, xf[0], yf, r)
                    : yScalar ? floatArrayScalar(op, xf, yf[0], r)
                    : floatArrays(op, xf, yf, r);
            return done ? Buffer.wrap(r) : null;
        }
        if (same && x instanceof int[] xi && y instanceof int[] yi) {
            int[] r = new int[n];
            return intArrays(op, xi, yi, r) ? Buffer.wrap(r) : null;
        }
        return null;
    }

    private static boolean floatArrays(Binary op, float[] x, float[] y, float[] r) {
        int n = r.length;
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) r[i] = x[i] + y[i]; }
            case SUB -> { for (int i = 0; i < n; i++) r[i] = x[i] - y[i]; }
            case MUL -> { for (int i = 0; i < n; i++) r[i] = x[i] * y[i]; }
            case DIV -> { for (int i = 0; i < n; i++) r[i] = x[i] / y[i]; }
            case MAX -> { for (int i = 0; i < n; i++) r[i] = Math.max(x[i], y[i]); }
            case MIN -> { for (int i = 0; i < n; i++) r[i] = Math.min(x[i], y[i]); }
            case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> { return false; }
        }
        return true;
    }

    private static boolean floatScalarArray(Binary op, float x, float[] y, float[] r) {
        int n = r.length;
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) r[i] = x + y[i]; }
            case SUB -> { for (int i = 0; i < n; i++) r[i] = x - y[i]; }
            case MUL -> { for (int i = 0; i < n; i++) r[i] = x * y[i]; }
            case DIV -> { for (int i = 0; i < n; i++) r[i] = x / y[i]; }
            case MAX -> { for (int i = 0; i < n; i++) r[i] = Math.max(x, y[i]); }
            case MIN -> { for (int i = 0; i < n; i++) r[i] = Math.min(x, y[i]); }
            case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> { return false; }
        }
        return true;
    }

    private static boolean floatArrayScalar(Binary op, float[] x, float y, float[] r) {
        int n = r.length;
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) r[i] = x[i] + y; }
            case SUB -> { for (int i = 0; i < n; i++) r[i] = x[i] - y; }
            case MUL -> { for (int i = 0; i < n; i++) r[i] = x[i] * y; }
            case DIV -> { for (int i = 0; i < n; i++) r[i] = x[i] / y; }
            case MAX -> { for (int i = 0; i < n; i++) r[i] = Math.max(x[i], y); }
            case MIN -> { for (int i = 0; i < n; i++) r[i] = Math.min(x[i], y); }
            case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> { return false; }
        }
        return true;
    }

    private static boolean intArrays(Binary op, int[] x, int[] y, int[] r) {
        int n = r.length;
        switch (op) {
            case ADD -> { for (int i = 0; i < n; i++) r[i] = x[i] + y[i]; }
            case SUB -> { for (int i = 0; i < n; i++) r[i] = x[i] - y[i]; }
            case MUL -> { for (int i = 0; i < n; i++) r[i] = x[i] * y[i]; }
            case DIV -> { for (int i = 0; i < n; i++) r[i] = y[i] == 0 ? -1 : x[i] / y[i]; }
            case MAX -> { for (int i = 0; i < n; i++) r[i] = Math.max(x[i], y[i]); }
            case MIN -> { for (int i = 0; i < n; i++) r[i] = Math.min(x[i], y[i]); }
            case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> { return false; }
        }
        return true;
    }

    // ---- unary --------------------------------------------------------------------------------

    /** Arrays at least this long run the (costly) unary functions on all cores, in disjoint chunks. */
    private static final int PARALLEL_UNARY_SIZE = 1 << 16;

    private static Buffer unary(Unary op, float[] x) {
        int n = x.length;
        float[] r = new float[n];
        if (n < PARALLEL_UNARY_SIZE) {
            if (!unaryRange(op, x, r, 0, n)) return null;
        } else {
            if (!unaryRange(op, x, r, 0, 0)) return null;
            int chunks = (n + PARALLEL_UNARY_SIZE - 1) / PARALLEL_UNARY_SIZE;
            IntStream.range(0, chunks).parallel()
                    .forEach(c -> unaryRange(op, x, r, c * PARALLEL_UNARY_SIZE, Math.min(n, (c + 1) * PARALLEL_UNARY_SIZE)));
        }
        return Buffer.wrap(r);
    }

    /** Computes {@code r[from..to)}; false when {@code op} has no fast loop. */
    private static boolean unaryRange(Unary op, float[] x, float[] r, int from, int to) {
        switch (op) {
            case NEG -> { for (int i = from; i < to; i++) r[i] = -x[i]; }
            case ABS -> { for (int i = from; i < to; i++) r[i] = Math.abs(x[i]); }
            case SQRT -> { for (int i = from; i < to; i++) r[i] = (float) Math.sqrt(x[i]); }
            case EXP -> { for (int i = from; i < to; i++) r[i] = (float) Math.exp(x[i]); }
            case TANH -> { for (int i = from; i < to; i++) r[i] = (float) Math.tanh(x[i]); }
            case SIN -> { for (int i = from; i < to; i++) r[i] = (float) Math.sin(x[i]); }
            case COS -> { for (int i = from; i < to; i++) r[i] = (float) Math.cos(x[i]); }
            case LOGISTIC -> { for (int i = from; i < to; i++) r[i] = (float) ScalarOps.logistic(x[i]); }
            case SIGN, FLOOR, CEIL, IS_FINITE, EXP2, LOG, LOG1P, EXPM1, TAN, ASIN, ACOS, ATAN, SINH, COSH, ASINH, ACOSH,
                 ATANH, RSQRT, CBRT, NOT, SQUARE -> { return false; }
        }
        return true;
    }
}
