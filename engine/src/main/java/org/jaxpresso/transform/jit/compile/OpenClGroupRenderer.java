package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.DType;
import org.jaxpresso.backend.opencl.ClTypes;
import org.jaxpresso.backend.opencl.ElementwiseRenderer;
import org.jaxpresso.core.*;

/**
 * A {@link FusedGroup} as an OpenCL C kernel: the same loop representation the CPU executors run
 * ({@link TileInterpreter}, {@link FloatVectorGroup}), rendered as text. One work item computes
 * one output element: the body's nodes become one statement each, loads read their source at the
 * offset their {@link IndexMap} gives (rendered as integer arithmetic with the group's shapes as
 * constants), and a reduction loops over the reduced part of the iteration space in row-major
 * order. The kernel is {@code jx(out, in0, …, ink, int o0, …, int om)}: shapes and strides are
 * baked in, but each load's constant offset is an argument ({@link Rendered#offsets}), so groups
 * that differ only in where they read (the windows of a convolution, say) share one program.
 */
final class OpenClGroupRenderer {
    /** A group's kernel source, the values of its offset arguments {@code o0 … om} in order, and whether it computes in float64. */
    record Rendered(String source, int[] offsets, boolean float64) {}

    private final FusedGroup group;
    private final List<Integer> offsets = new ArrayList<>();
    private final StringBuilder helpers = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Map<LoopExpr, String> names = new IdentityHashMap<>();
    private int mapCount;

    private OpenClGroupRenderer(FusedGroup group) { this.group = group; }

    /** The kernel of {@code g}. */
    static Rendered render(FusedGroup g) {
        OpenClGroupRenderer r = new OpenClGroupRenderer(g);
        String source = r.source();
        return new Rendered(source, r.offsets.stream().mapToInt(Integer::intValue).toArray(), usesFloat64(g));
    }

    /** Whether any value the group reads, computes or writes is float64 (the device must support it). */
    private static boolean usesFloat64(FusedGroup g) {
        return g.outAval().dtype() == DType.FLOAT64 || g.sources().stream().anyMatch(v -> v.aval().dtype() == DType.FLOAT64)
                || usesFloat64(g.body());
    }

    private static boolean usesFloat64(LoopExpr e) {
        if (e.dtype() == DType.FLOAT64) return true;
        return e instanceof LoopExpr.Apply a && a.args().stream().anyMatch(OpenClGroupRenderer::usesFloat64);
    }

    private String source() {
        String outType = ClTypes.name(group.outAval().dtype());
        StringBuilder signature = new StringBuilder("__kernel void jx(__global ").append(outType).append("* out");
        for (int k = 0; k < group.sources().size(); k++) {
            signature.append(", __global const ").append(ClTypes.name(group.sources().get(k).aval().dtype())).append("* in").append(k);
        }
        String root = node(group.body(), "        ");
        for (int k = 0; k < offsets.size(); k++) signature.append(", int o").append(k);
        signature.append(") {\n");
        String kernel;
        if (group.reduce() == null) {
            kernel = signature + "    int it = get_global_id(0);\n    if (it >= " + group.iteration().size() + ") return;\n    {\n"
                    + body + "        out[it] = " + root + ";\n    }\n}\n";
        } else {
            kernel = signature + reduction(root) + "}\n";
        }
        return ElementwiseRenderer.prelude(usesFloat64(group)) + helpers + kernel;
    }

    /** The loop of one output element over the reduced axes; the body computes element {@code it} of the iteration space. */
    private String reduction(String root) {
        Reduce r = group.reduce();
        Shape in = group.iteration();
        DType t = group.body().dtype();
        String c = ClTypes.name(t);
        List<Integer> kept = new ArrayList<>();
        List<Integer> reduced = new ArrayList<>();
        for (int a = 0; a < in.rank(); a++) (r.axes().contains(a) ? reduced : kept).add(a);
        int[] strides = in.strides();
        int outSize = group.outAval().shape().size();
        int reducedCount = 1;
        for (int a : reduced) reducedCount *= in.dim(a);
        StringBuilder s = new StringBuilder();
        s.append("    int o = get_global_id(0);\n    if (o >= ").append(outSize).append(") return;\n");
        s.append("    int base = ").append(scatter("o", kept, in, strides)).append(";\n");
        s.append("    ").append(c).append(" acc = ").append(ElementwiseRenderer.reductionIdentity(r.op(), t)).append(";\n");
        s.append("    for (int j = 0; j < ").append(reducedCount).append("; j++) {\n");
        s.append("        int it = base + ").append(scatter("j", reduced, in, strides)).append(";\n");
        s.append(body);
        s.append("        ").append(c).append(" v = ").append(root).append(";\n");
        s.append("        acc = ").append(ElementwiseRenderer.combine(r.op(), t, "acc", "v")).append(";\n");
        s.append("    }\n    out[o] = acc;\n");
        return s.toString();
    }

    /** The flat iteration offset of row-major index {@code var} over {@code axes} of {@code shape}. */
    private static String scatter(String var, List<Integer> axes, Shape shape, int[] strides) {
        if (axes.isEmpty()) return "0";
        List<String> terms = new ArrayList<>();
        int inner = 1;
        for (int k = axes.size() - 1; k >= 0; k--) {
            int a = axes.get(k);
            if (shape.dim(a) != 1) terms.add("(" + var + " / " + inner + " % " + shape.dim(a) + ") * " + strides[a]);
            inner *= shape.dim(a);
        }
        return terms.isEmpty() ? "0" : String.join(" + ", terms);
    }

    /** Emits the statements of {@code e} (children first, each node once) and returns the name holding its value. */
    private String node(LoopExpr e, String indent) {
        String known = names.get(e);
        if (known != null) return known;
        List<String> args = new ArrayList<>();
        if (e instanceof LoopExpr.Apply a) for (LoopExpr x : a.args()) args.add(node(x, indent));
        String name = "v" + names.size();
        String type = ClTypes.name(e.dtype());
        switch (e) {
            case LoopExpr.Load l -> body.append(indent).append(type).append(' ').append(name).append(" = in").append(l.source())
                    .append('[').append(offset(l.map())).append("];\n");
            case LoopExpr.IotaLeaf i -> {
                Shape s = i.iota().shape();
                int d = i.iota().dimension();
                body.append(indent).append(type).append(' ').append(name).append(" = (").append(type).append(") (")
                        .append(offset(i.map())).append(" / ").append(s.strides()[d]).append(" % ").append(s.dim(d)).append(");\n");
            }
            case LoopExpr.Scalar s -> body.append(indent).append(type).append(' ').append(name).append(" = ").append(literal(s)).append(";\n");
            case LoopExpr.Apply a -> apply(a, args, name, type, indent);
        }
        names.put(e, name);
        return name;
    }

    private void apply(LoopExpr.Apply a, List<String> args, String name, String type, String indent) {
        DType argType = a.args().getFirst().dtype();
        String value = switch (a.op()) {
            case Unary op -> ElementwiseRenderer.unary(op, argType, args.getFirst());
            case Round r -> ElementwiseRenderer.round(r.roundingMethod(), args.getFirst());
            case Binary op -> ElementwiseRenderer.binary(op, argType, args.get(0), args.get(1));
            case SelectN s -> ElementwiseRenderer.select(argType, args.getFirst(), args.subList(1, args.size()));
            case Clamp c -> ElementwiseRenderer.clamp(a.dtype(), args.get(0), args.get(1), args.get(2));
            case ConvertElementType c -> ElementwiseRenderer.convert(argType, a.dtype(), args.getFirst());
            case IntegerPow ip -> {
                body.append(indent).append(type).append(' ').append(name).append(";\n").append(indent).append("{\n")
                        .append(ElementwiseRenderer.integerPow(ip.y(), a.dtype(), args.getFirst(), name)).append(indent).append("}\n");
                yield null;
            }
            default -> throw new IllegalStateException(a.op().primitiveName() + " is not elementwise but reached a fused body");
        };
        if (value != null) body.append(indent).append(type).append(' ').append(name).append(" = ").append(value).append(";\n");
    }

    private static String literal(LoopExpr.Scalar s) {
        String type = ClTypes.name(s.dtype());
        return switch (s.value()) {
            case Boolean b -> "(uchar) " + (b ? 1 : 0);
            case Long v -> s.dtype() == DType.INT64 ? "(long) " + v + "L" : "(" + type + ") " + v;
            case Double d -> d.isNaN() ? "(" + type + ") NAN" : d.isInfinite() ? "(" + type + ") " + (d > 0 ? "INFINITY" : "-INFINITY")
                    : s.dtype() == DType.FLOAT32 ? "(float) " + Float.toString(d.floatValue()) + "f" : "(" + type + ") " + Double.toString(d);
            default -> throw new IllegalStateException("literal " + s.value());
        };
    }

    /** The source offset {@code map} gives iteration element {@code it}, as an expression (a helper function for general chains). */
    private String offset(IndexMap map) {
        if (map.isContiguous()) return "it";
        if (map.isConstant()) {
            int[] at = new int[1];
            if (map.current().size() > 0) map.offsets(0, 1, at);
            return offsetArgument(at[0]);
        }
        int[] fs = map.flatStrides();
        Shape entry = map.entry();
        if (fs != null) {
            List<String> terms = new ArrayList<>();
            int[] es = entry.strides();
            for (int a = 0; a < entry.rank(); a++) {
                if (fs[a] != 0 && entry.dim(a) != 1) terms.add("(it / " + es[a] + " % " + entry.dim(a) + ") * " + fs[a]);
            }
            terms.add(offsetArgument(fs[entry.rank()]));
            return "(" + String.join(" + ", terms) + ")";
        }
        String fn = "jx_map" + mapCount++;
        helpers.append(generalMap(fn, map));
        return fn + "(it)";
    }

    /** The name of a new offset argument holding {@code value}. */
    private String offsetArgument(int value) {
        offsets.add(value);
        return "o" + (offsets.size() - 1);
    }

    /** A function for a chain with reshapes between axis maps: unflatten, map axis by axis, regroup, flatten. */
    private static String generalMap(String fn, IndexMap map) {
        StringBuilder s = new StringBuilder("int ").append(fn).append("(int it) {\n");
        int[] dims = map.entry().dims();
        int[] strides = map.entry().strides();
        String[] idx = new String[dims.length];
        for (int a = 0; a < dims.length; a++) idx[a] = "(it / " + strides[a] + " % " + dims[a] + ")";
        int level = 0;
        for (IndexMap.Step step : map.steps()) {
            String[] next;
            switch (step) {
                case IndexMap.AxisMap m -> {
                    next = new String[m.rank()];
                    for (int b = 0; b < m.rank(); b++) {
                        int f = m.from().get(b);
                        next[b] = f < 0 ? Integer.toString(m.start().get(b))
                                : "(" + m.start().get(b) + " + " + m.step().get(b) + " * " + idx[f] + ")";
                    }
                }
                case IndexMap.Regroup g -> {
                    String flat = "f" + level;
                    int[] fromStrides = g.from().strides();
                    List<String> terms = new ArrayList<>();
                    for (int a = 0; a < idx.length; a++) terms.add(idx[a] + " * " + fromStrides[a]);
                    s.append("    int ").append(flat).append(" = ").append(terms.isEmpty() ? "0" : String.join(" + ", terms)).append(";\n");
                    int[] toDims = g.to().dims();
                    int[] toStrides = g.to().strides();
                    next = new String[toDims.length];
                    for (int a = 0; a < toDims.length; a++) next[a] = "(" + flat + " / " + toStrides[a] + " % " + Math.max(1, toDims[a]) + ")";
                }
            }
            // name each level so expressions stay small
            String[] named = new String[next.length];
            for (int b = 0; b < next.length; b++) {
                named[b] = "i" + level + "_" + b;
                s.append("    int ").append(named[b]).append(" = ").append(next[b]).append(";\n");
            }
            idx = named;
            level++;
        }
        int[] cs = map.current().strides();
        List<String> terms = new ArrayList<>();
        for (int a = 0; a < idx.length; a++) terms.add(idx[a] + " * " + cs[a]);
        s.append("    return ").append(terms.isEmpty() ? "0" : String.join(" + ", terms)).append(";\n}\n");
        return s.toString();
    }
}
