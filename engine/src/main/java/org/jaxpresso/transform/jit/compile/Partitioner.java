package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.jaxpresso.core.*;

/**
 * Splits a jaxpr into maximal fusible groups and the other equations. A value is materialized
 * (becomes a group's output) when it is a jaxpr output, feeds a non-fusible equation, is used
 * more than once, or is a reduction; every other fusible value is inlined into its single
 * consumer, with shape primitives turned into index maps. Dead fusible equations are dropped.
 */
final class Partitioner {
    private final Map<Var, Eqn> producer = new IdentityHashMap<>();
    private final Map<Var, Integer> uses = new IdentityHashMap<>();
    private final Set<Var> forced = Collections.newSetFromMap(new IdentityHashMap<>());

    private final Set<Eqn> live = Collections.newSetFromMap(new IdentityHashMap<>());

    private Partitioner(Jaxpr j) {
        Set<Var> needed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Atom a : j.outvars()) if (a instanceof Var v) needed.add(v);
        for (Eqn e : j.eqns().reversed()) {
            if (e.outputs().stream().noneMatch(needed::contains)) continue;
            live.add(e);
            for (Atom a : e.inputs()) if (a instanceof Var v) needed.add(v);
        }
        for (Eqn e : j.eqns()) {
            for (Var v : e.outputs()) producer.put(v, e);
            if (!live.contains(e)) continue;
            for (Atom a : e.inputs()) {
                if (a instanceof Var v) {
                    uses.merge(v, 1, Integer::sum);
                    if (!fusible(e.primitive())) forced.add(v);
                }
            }
        }
        for (Atom a : j.outvars()) if (a instanceof Var v) forced.add(v);
    }

    /** The plan of {@code j}: its equations grouped, in an order that respects every dependence. */
    static List<PlanStep> partition(Jaxpr j) {
        Partitioner p = new Partitioner(j);
        List<PlanStep> steps = new ArrayList<>();
        for (Eqn e : j.eqns()) {
            if (!p.live.contains(e)) continue;
            if (!fusible(e.primitive())) {
                steps.add(new PlanStep.Kernel(e));
            } else if (p.materialized(e.outputs().getFirst())) {
                steps.add(new PlanStep.Fused(p.group(e)));
            }
        }
        return steps;
    }

    /** Whether a primitive can live in a loop nest (elementwise, shape, iota, or a trailing reduction). */
    static boolean fusible(Primitive p) {
        return switch (p) {
            case Unary u -> true;
            case Round r -> true;
            case IntegerPow ip -> true;
            case Binary b -> true;
            case SelectN s -> true;
            case Clamp c -> true;
            case ConvertElementType c -> true;
            case BroadcastInDim b -> true;
            case Reshape r -> true;
            case Transpose t -> true;
            case Squeeze s -> true;
            case Rev r -> true;
            case Slice s -> true;
            case Iota i -> true;
            case Reduce r -> true;
            case DynamicSlice d -> false;
            case DynamicUpdateSlice d -> false;
            case Concatenate c -> false;
            case Pad pad -> false;
            case Split s -> false;
            case Gather g -> false;
            case Scatter s -> false;
            case DotGeneral d -> false;
            case ArgReduce a -> false;
            case Cumulative c -> false;
            case ConvGeneralDilated c -> false;
            case JitCall j -> false;
            case Collective c -> false;
            case AxisIndex a -> false;
        };
    }

    private boolean materialized(Var v) {
        int n = uses.getOrDefault(v, 0);
        if (forced.contains(v)) return true;
        if (n == 0) return false;
        if (producer.get(v).primitive() instanceof Reduce) return true;
        return n > 1 && !cheapView(v);
    }

    /** A view (shape primitive or iota) of values that are leaves anyway: inlined into every consumer, never copied. */
    private boolean cheapView(Var v) {
        Eqn e = producer.get(v);
        boolean view = switch (e.primitive()) {
            case BroadcastInDim b -> true;
            case Reshape r -> true;
            case Squeeze s -> true;
            case Transpose t -> true;
            case Rev r -> true;
            case Slice s -> true;
            case Iota i -> true;
            default -> false;
        };
        if (!view) return false;
        for (Atom a : e.inputs()) {
            if (!(a instanceof Var u)) continue;
            Eqn pu = producer.get(u);
            boolean leaf = pu == null || !fusible(pu.primitive()) || pu.primitive() instanceof Reduce || forced.contains(u)
                    || uses.getOrDefault(u, 0) > 1 || cheapView(u);
            if (!leaf) return false;
        }
        return true;
    }

    private boolean inlinable(Var v) {
        Eqn e = producer.get(v);
        return e != null && fusible(e.primitive()) && !materialized(v);
    }

    // ---- building one group -------------------------------------------------------------------

    private List<Var> sources;

    private FusedGroup group(Eqn root) {
        sources = new ArrayList<>();
        Var out = root.outputs().getFirst();
        if (root.primitive() instanceof Reduce r) {
            Shape in = root.inputs().getFirst().aval().shape();
            LoopExpr body = expr(root.inputs().getFirst(), IndexMap.identity(in));
            return new FusedGroup(in, body, r, sources, out);
        }
        Shape s = out.aval().shape();
        return new FusedGroup(s, eqnExpr(root, IndexMap.identity(s)), null, sources, out);
    }

    private LoopExpr expr(Atom a, IndexMap map) {
        return switch (a) {
            case Literal l -> new LoopExpr.Scalar(l.value(), l.aval().dtype());
            case Var v -> inlinable(v) ? eqnExpr(producer.get(v), map) : load(v, map);
        };
    }

    private LoopExpr load(Var v, IndexMap map) {
        int k = -1;
        for (int i = 0; i < sources.size(); i++) if (sources.get(i) == v) k = i;
        if (k < 0) {
            k = sources.size();
            sources.add(v);
        }
        return new LoopExpr.Load(k, map.normalized(), v.aval().dtype());
    }

    /** The expression of {@code e}'s output, read through {@code map} (iteration space → output index space). */
    private LoopExpr eqnExpr(Eqn e, IndexMap map) {
        Primitive p = e.primitive();
        List<Atom> in = e.inputs();
        Shape outShape = e.outputs().getFirst().aval().shape();
        var dtype = e.outputs().getFirst().aval().dtype();
        return switch (p) {
            case BroadcastInDim b -> expr(in.getFirst(), map.then(IndexMaps.broadcastInDim(b, in.getFirst().aval().shape()), in.getFirst().aval().shape()));
            case Reshape r -> expr(in.getFirst(), map.thenReshape(in.getFirst().aval().shape()));
            case Squeeze s -> expr(in.getFirst(), map.thenReshape(in.getFirst().aval().shape()));
            case Transpose t -> expr(in.getFirst(), map.then(IndexMaps.transpose(t), in.getFirst().aval().shape()));
            case Rev r -> expr(in.getFirst(), map.then(IndexMaps.rev(r, in.getFirst().aval().shape()), in.getFirst().aval().shape()));
            case Slice s -> expr(in.getFirst(), map.then(IndexMaps.slice(s), in.getFirst().aval().shape()));
            case Iota i -> new LoopExpr.IotaLeaf(i, map.normalized());
            default -> {
                List<LoopExpr> args = new ArrayList<>(in.size());
                for (Atom a : in) {
                    Shape s = a.aval().shape();
                    args.add(expr(a, s.equals(outShape) ? map : map.then(IndexMaps.laxBroadcast(s, outShape), s)));
                }
                yield new LoopExpr.Apply(p, args, dtype);
            }
        };
    }
}
