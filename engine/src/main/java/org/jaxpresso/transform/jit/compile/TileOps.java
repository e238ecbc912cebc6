package org.jaxpresso.transform.jit.compile;

import org.jaxpresso.DType;
import org.jaxpresso.backend.cpu.ScalarOps;
import org.jaxpresso.core.*;

/**
 * One elementwise primitive over one tile of the {@link TileInterpreter}: operands and result are
 * scratch rows ({@code f[k]} for floats, {@code l[k]} for ints and bools). The commonest float
 * ops get their own loops; the rest go through {@link ScalarOps} element by element.
 */
final class TileOps {
    private TileOps() {}

    static void apply(LoopExpr.Apply a, int[] in, double[][] f, long[][] l, int k, int len) {
        DType t = a.dtype();
        DType argType = a.args().isEmpty() ? t : a.args().getFirst().dtype();
        switch (a.op()) {
            case Unary op -> unary(op, argType, t, in[0], f, l, k, len);
            case Binary op -> binary(op, argType, t, in, f, l, k, len);
            case Round r -> {
                double[] x = f[in[0]], y = f[k];
                for (int i = 0; i < len; i++) y[i] = ScalarOps.roundFloat(t, ScalarOps.round(r.roundingMethod(), x[i]));
            }
            case IntegerPow ip -> {
                if (t.isFloating()) {
                    double[] x = f[in[0]], y = f[k];
                    for (int i = 0; i < len; i++) y[i] = ScalarOps.roundFloat(t, ScalarOps.integerPowFloat(ip.y(), x[i]));
                } else {
                    long[] x = l[in[0]], y = l[k];
                    for (int i = 0; i < len; i++) y[i] = ScalarOps.wrapInt(t, ScalarOps.integerPowInt(ip.y(), x[i]));
                }
            }
            case SelectN s -> {
                long[] which = l[in[0]];
                int cases = in.length - 1;
                for (int i = 0; i < len; i++) {
                    int c = 1 + (int) Math.max(0, Math.min(cases - 1, which[i]));
                    if (t.isFloating()) f[k][i] = f[in[c]][i];
                    else l[k][i] = l[in[c]][i];
                }
            }
            case Clamp c -> {
                if (t.isFloating()) {
                    double[] lo = f[in[0]], x = f[in[1]], hi = f[in[2]], y = f[k];
                    for (int i = 0; i < len; i++) y[i] = Math.min(Math.max(x[i], lo[i]), hi[i]);
                } else {
                    long[] lo = l[in[0]], x = l[in[1]], hi = l[in[2]], y = l[k];
                    for (int i = 0; i < len; i++) y[i] = Math.min(Math.max(x[i], lo[i]), hi[i]);
                }
            }
            case ConvertElementType c -> convert(argType, t, in[0], f, l, k, len);
            case BroadcastInDim b -> throw notElementwise(b);
            case Reshape r -> throw notElementwise(r);
            case Transpose tr -> throw notElementwise(tr);
            case Squeeze s -> throw notElementwise(s);
            case Rev r -> throw notElementwise(r);
            case Slice s -> throw notElementwise(s);
            case DynamicSlice d -> throw notElementwise(d);
            case DynamicUpdateSlice d -> throw notElementwise(d);
            case Concatenate c -> throw notElementwise(c);
            case Pad p -> throw notElementwise(p);
            case Iota i -> throw notElementwise(i);
            case Split s -> throw notElementwise(s);
            case Gather g -> throw notElementwise(g);
            case Scatter s -> throw notElementwise(s);
            case DotGeneral d -> throw notElementwise(d);
            case Reduce r -> throw notElementwise(r);
            case ArgReduce r -> throw notElementwise(r);
            case Cumulative c -> throw notElementwise(c);
            case ConvGeneralDilated c -> throw notElementwise(c);
            case JitCall j -> throw notElementwise(j);
            case Collective c -> throw notElementwise(c);
            case AxisIndex ai -> throw notElementwise(ai);
        }
    }

    private static IllegalStateException notElementwise(Primitive p) {
        return new IllegalStateException(p.primitiveName() + " is not an elementwise node of a loop body");
    }

    private static void unary(Unary op, DType argType, DType t, int x, double[][] f, long[][] l, int k, int len) {
        if (!argType.isFloating()) {
            long[] a = l[x], y = l[k];
            for (int i = 0; i < len; i++) y[i] = ScalarOps.wrapInt(t, ScalarOps.unaryInt(op, argType, a[i]));
            return;
        }
        double[] a = f[x];
        if (op == Unary.IS_FINITE) {
            long[] y = l[k];
            for (int i = 0; i < len; i++) y[i] = Double.isFinite(a[i]) ? 1 : 0;
            return;
        }
        double[] y = f[k];
        boolean f32 = t == DType.FLOAT32;
        switch (op) {
            case NEG -> { for (int i = 0; i < len; i++) y[i] = -a[i]; }
            case ABS -> { for (int i = 0; i < len; i++) y[i] = Math.abs(a[i]); }
            case TANH -> {
                if (f32) { for (int i = 0; i < len; i++) y[i] = (float) Math.tanh(a[i]); }
                else { for (int i = 0; i < len; i++) y[i] = Math.tanh(a[i]); }
            }
            case EXP -> {
                if (f32) { for (int i = 0; i < len; i++) y[i] = (float) Math.exp(a[i]); }
                else { for (int i = 0; i < len; i++) y[i] = Math.exp(a[i]); }
            }
            default -> { for (int i = 0; i < len; i++) y[i] = ScalarOps.roundFloat(t, ScalarOps.unaryFloat(op, a[i])); }
        }
    }

    private static void binary(Binary op, DType argType, DType t, int[] in, double[][] f, long[][] l, int k, int len) {
        if (op.isComparison()) {
            long[] y = l[k];
            if (argType.isFloating()) {
                double[] a = f[in[0]], b = f[in[1]];
                for (int i = 0; i < len; i++) y[i] = ScalarOps.compareFloat(op, a[i], b[i]) ? 1 : 0;
            } else {
                long[] a = l[in[0]], b = l[in[1]];
                for (int i = 0; i < len; i++) y[i] = ScalarOps.compareInt(op, a[i], b[i]) ? 1 : 0;
            }
            return;
        }
        if (!t.isFloating()) {
            long[] a = l[in[0]], b = l[in[1]], y = l[k];
            for (int i = 0; i < len; i++) y[i] = ScalarOps.wrapInt(t, ScalarOps.binaryInt(op, a[i], b[i]));
            return;
        }
        double[] a = f[in[0]], b = f[in[1]], y = f[k];
        if (t == DType.FLOAT32) {
            switch (op) {
                case ADD -> { for (int i = 0; i < len; i++) y[i] = (float) (a[i] + b[i]); }
                case SUB -> { for (int i = 0; i < len; i++) y[i] = (float) (a[i] - b[i]); }
                case MUL -> { for (int i = 0; i < len; i++) y[i] = (float) (a[i] * b[i]); }
                case DIV -> { for (int i = 0; i < len; i++) y[i] = (float) (a[i] / b[i]); }
                default -> { for (int i = 0; i < len; i++) y[i] = (float) ScalarOps.binaryFloat(op, a[i], b[i]); }
            }
        } else {
            for (int i = 0; i < len; i++) y[i] = ScalarOps.binaryFloat(op, a[i], b[i]);
        }
    }

    /** As XLA converts: to bool is {@code != 0}, float to int truncates (NaN to 0), int to float rounds. */
    private static void convert(DType from, DType to, int x, double[][] f, long[][] l, int k, int len) {
        if (from.isFloating()) {
            double[] a = f[x];
            switch (to.kind()) {
                case BOOL -> { for (int i = 0; i < len; i++) l[k][i] = a[i] != 0 ? 1 : 0; }
                case INT -> { for (int i = 0; i < len; i++) l[k][i] = ScalarOps.wrapInt(to, ScalarOps.floatToInt(a[i], to)); }
                case FLOAT -> { for (int i = 0; i < len; i++) f[k][i] = ScalarOps.roundFloat(to, a[i]); }
            }
        } else {
            long[] a = l[x];
            switch (to.kind()) {
                case BOOL -> { for (int i = 0; i < len; i++) l[k][i] = a[i] != 0 ? 1 : 0; }
                case INT -> { for (int i = 0; i < len; i++) l[k][i] = ScalarOps.wrapInt(to, a[i]); }
                case FLOAT -> { for (int i = 0; i < len; i++) f[k][i] = ScalarOps.roundFloat(to, (double) a[i]); }
            }
        }
    }
}
