package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Unary;

/**
 * Vector API loops for a float32 elementwise group ({@link FloatVectorEligibility} decides which):
 * tile by tile, each node is one vector loop from its operands' rows to its own scratch row; leaves
 * are read in place from the source arrays and the root is written in place into the output, so
 * intermediates stay in L1. Constant operands are broadcast once into a row. The last, partial
 * tile is padded. {@code + - * / max min neg abs sqrt square} equal the reference exactly;
 * {@code tanh exp log} use the Vector API's approximations (within 2 ulp of the reference).
 */
final class FloatVectorGroup implements GroupExecutor {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int TILE = 2048;
    private static final int CHUNK = 16 * TILE;
    private static final int PARALLEL_SIZE = 1 << 16;

    private final FusedGroup group;
    private final List<LoopExpr> nodes = new ArrayList<>();
    private final int[][] children;

    private FloatVectorGroup(FusedGroup group) {
        this.group = group;
        flatten(group.body());
        children = new int[nodes.size()][];
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k) instanceof LoopExpr.Apply a) {
                int[] c = new int[a.args().size()];
                for (int j = 0; j < c.length; j++) c[j] = indexOf(a.args().get(j));
                children[k] = c;
            }
        }
    }

    static GroupExecutor create(FusedGroup g) { return new FloatVectorGroup(g); }

    private void flatten(LoopExpr e) {
        if (e instanceof LoopExpr.Apply a) for (LoopExpr c : a.args()) flatten(c);
        nodes.add(e);
    }

    private int indexOf(LoopExpr e) {
        for (int k = 0; k < nodes.size(); k++) if (nodes.get(k) == e) return k;
        throw new IllegalStateException();
    }

    /** Where a node's current tile lives: {@code arr[off ..]}. */
    private final class Rows {
        final float[][] own = new float[nodes.size()][];
        final float[][] arr = new float[nodes.size()][];
        final int[] off = new int[nodes.size()];
    }

    @Override
    public Buffer run(List<Buffer> sources) {
        int n = group.iteration().size();
        float[] out = new float[n];
        if (n == 0) return Buffer.wrap(out);
        float[] constants = constants(sources);
        if (n < PARALLEL_SIZE) {
            range(sources, constants, out, 0, n);
        } else {
            int chunks = (n + CHUNK - 1) / CHUNK;
            java.util.stream.IntStream.range(0, chunks).parallel()
                    .forEach(c -> range(sources, constants, out, c * CHUNK, Math.min(n, (c + 1) * CHUNK)));
        }
        return Buffer.wrap(out);
    }

    /** The value of each constant leaf (scalar literal or constant load); zero for the others. */
    private float[] constants(List<Buffer> sources) {
        float[] c = new float[nodes.size()];
        int[] at = new int[1];
        for (int k = 0; k < nodes.size(); k++) {
            switch (nodes.get(k)) {
                case LoopExpr.Scalar s -> c[k] = (float) (double) (Double) s.value();
                case LoopExpr.Load l when !l.map().isContiguous() -> {
                    l.map().offsets(0, 1, at);
                    c[k] = ((float[]) sources.get(l.source()).data())[at[0]];
                }
                default -> { }
            }
        }
        return c;
    }

    private boolean isConstant(int k) {
        return switch (nodes.get(k)) {
            case LoopExpr.Scalar s -> true;
            case LoopExpr.Load l -> !l.map().isContiguous();
            default -> false;
        };
    }

    private void range(List<Buffer> sources, float[] constants, float[] out, int from, int to) {
        Rows r = new Rows();
        for (int k = 0; k < nodes.size(); k++) {
            r.own[k] = new float[TILE];
            if (isConstant(k)) Arrays.fill(r.own[k], constants[k]);
        }
        int root = nodes.size() - 1;
        for (int t = from; t < to; t += TILE) {
            int len = Math.min(TILE, to - t);
            boolean full = len % S.length() == 0;
            int vlen = full ? len : (len + S.length() - 1) / S.length() * S.length();
            for (int k = 0; k < nodes.size(); k++) {
                LoopExpr e = nodes.get(k);
                if (e instanceof LoopExpr.Load l && !isConstant(k)) {
                    float[] src = (float[]) sources.get(l.source()).data();
                    if (full) {
                        r.arr[k] = src;
                        r.off[k] = t;
                    } else {
                        System.arraycopy(src, t, r.own[k], 0, len);
                        Arrays.fill(r.own[k], len, vlen, 0f);
                        r.arr[k] = r.own[k];
                        r.off[k] = 0;
                    }
                } else if (e instanceof LoopExpr.Apply a) {
                    boolean direct = k == root && full;
                    float[] dst = direct ? out : r.own[k];
                    int dOff = direct ? t : 0;
                    apply(a, children[k], r, dst, dOff, vlen);
                    r.arr[k] = dst;
                    r.off[k] = dOff;
                } else {
                    r.arr[k] = r.own[k];
                    r.off[k] = 0;
                }
            }
            if (!full) System.arraycopy(r.own[root], 0, out, t, len);
        }
    }

    private static void apply(LoopExpr.Apply a, int[] in, Rows r, float[] d, int dOff, int len) {
        float[] x = r.arr[in[0]];
        int xo = r.off[in[0]];
        if (a.op() instanceof org.jaxpresso.core.ConvertElementType) {
            for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).intoArray(d, dOff + i);
            return;
        }
        if (a.op() instanceof Unary u) {
            switch (u) {
                case NEG -> neg(x, xo, d, dOff, len);
                case ABS -> abs(x, xo, d, dOff, len);
                case SQRT -> sqrt(x, xo, d, dOff, len);
                case SQUARE -> {
                    for (int i = 0; i < len; i += S.length()) {
                        FloatVector v = FloatVector.fromArray(S, x, xo + i);
                        v.mul(v).intoArray(d, dOff + i);
                    }
                }
                case TANH -> tanh(x, xo, d, dOff, len);
                case EXP -> exp(x, xo, d, dOff, len);
                case LOG -> log(x, xo, d, dOff, len);
                case SIGN, FLOOR, CEIL, IS_FINITE, EXP2, LOG1P, EXPM1, LOGISTIC, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH,
                     ASINH, ACOSH, ATANH, RSQRT, CBRT, NOT -> throw new IllegalStateException(u + " has no vector loop");
            }
            return;
        }
        float[] y = r.arr[in[1]];
        int yo = r.off[in[1]];
        Binary b = (Binary) a.op();
        switch (b) {
            case ADD -> add(x, xo, y, yo, d, dOff, len);
            case SUB -> sub(x, xo, y, yo, d, dOff, len);
            case MUL -> mul(x, xo, y, yo, d, dOff, len);
            case DIV -> div(x, xo, y, yo, d, dOff, len);
            case MAX -> max(x, xo, y, yo, d, dOff, len);
            case MIN -> min(x, xo, y, yo, d, dOff, len);
            case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> throw new IllegalStateException(b + " has no vector loop");
        }
    }

    // One small method per loop, so that C2 inlines and intrinsifies every vector call in it.

    private static void neg(float[] x, int xo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).neg().intoArray(d, dOff + i);
    }

    private static void abs(float[] x, int xo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).abs().intoArray(d, dOff + i);
    }

    private static void sqrt(float[] x, int xo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).sqrt().intoArray(d, dOff + i);
    }

    private static void tanh(float[] x, int xo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).lanewise(VectorOperators.TANH).intoArray(d, dOff + i);
    }

    private static void exp(float[] x, int xo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).lanewise(VectorOperators.EXP).intoArray(d, dOff + i);
    }

    private static void log(float[] x, int xo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).lanewise(VectorOperators.LOG).intoArray(d, dOff + i);
    }

    private static void add(float[] x, int xo, float[] y, int yo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).add(FloatVector.fromArray(S, y, yo + i)).intoArray(d, dOff + i);
    }

    private static void sub(float[] x, int xo, float[] y, int yo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).sub(FloatVector.fromArray(S, y, yo + i)).intoArray(d, dOff + i);
    }

    private static void mul(float[] x, int xo, float[] y, int yo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).mul(FloatVector.fromArray(S, y, yo + i)).intoArray(d, dOff + i);
    }

    private static void div(float[] x, int xo, float[] y, int yo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).div(FloatVector.fromArray(S, y, yo + i)).intoArray(d, dOff + i);
    }

    private static void max(float[] x, int xo, float[] y, int yo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).max(FloatVector.fromArray(S, y, yo + i)).intoArray(d, dOff + i);
    }

    private static void min(float[] x, int xo, float[] y, int yo, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i += S.length()) FloatVector.fromArray(S, x, xo + i).min(FloatVector.fromArray(S, y, yo + i)).intoArray(d, dOff + i);
    }
}
