package org.jaxpresso.transform.jit.passes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.core.*;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.EvalTrace;
import org.jaxpresso.trace.JaxprEval;
import org.jaxpresso.trace.TraceContext;

/**
 * Constant folding: an equation whose inputs are all literals or constvars with known values is
 * evaluated now, eagerly, and removed; a scalar result becomes a literal, a larger one a new
 * constvar (the equation's own output variable, now bound to the value). Results of more than
 * {@link #DEFAULT_MAX_ELEMENTS} elements are left to run time, so a jaxpr never grows a large
 * constant. Folding evaluates on the eager trace, that is on the backend that would otherwise
 * run the equation, so folded values are bit-identical to unfolded ones. A jit call on known
 * inputs is folded whole (its callee is also folded inside when its inputs are not all known).
 * Collectives and axis indices are not folded, nor is an equation whose evaluation fails: the
 * failure is left for run time. Constvars that become unused are
 * left to {@link DeadCodeElimination}.
 */
public final class ConstantFolding {
    /** The largest result, in elements, folded by default. */
    public static final int DEFAULT_MAX_ELEMENTS = 1000;

    private final long maxElements;
    private final NestedCalls nested = new NestedCalls(this::run);

    private ConstantFolding(long maxElements) { this.maxElements = maxElements; }

    /** {@code closed} with its constant equations of at most {@value #DEFAULT_MAX_ELEMENTS} elements folded. */
    public static ClosedJaxpr apply(ClosedJaxpr closed) { return apply(closed, DEFAULT_MAX_ELEMENTS); }

    /** {@code closed} with its constant equations whose results have at most {@code maxElements} elements each folded. */
    public static ClosedJaxpr apply(ClosedJaxpr closed, long maxElements) { return new ConstantFolding(maxElements).run(closed); }

    private ClosedJaxpr run(ClosedJaxpr closed) {
        Jaxpr j = closed.jaxpr();
        Map<Var, Array> known = new IdentityHashMap<>();
        for (int i = 0; i < j.constvars().size(); i++) {
            if (closed.consts().get(i) instanceof ConcreteArray c) known.put(j.constvars().get(i), c);
        }
        Map<Var, Literal> inlined = new IdentityHashMap<>();
        List<Var> constvars = new ArrayList<>(j.constvars());
        List<Object> consts = new ArrayList<>(closed.consts());
        List<Eqn> kept = new ArrayList<>();
        boolean changed = false;
        for (Eqn original : j.eqns()) {
            Eqn e = nested.rewrite(substitute(original, inlined));
            changed |= e != original;
            List<Array> values = foldable(e) ? evaluate(e, known) : null;
            if (values == null) {
                kept.add(e);
                continue;
            }
            changed = true;
            for (int i = 0; i < values.size(); i++) {
                Var out = e.outputs().get(i);
                Array value = values.get(i);
                if (out.aval().rank() == 0) {
                    inlined.put(out, literal((ConcreteArray) value, out.aval()));
                } else {
                    constvars.add(out);
                    consts.add(value);
                    known.put(out, value);
                }
            }
        }
        if (!changed) return closed;
        List<Atom> outvars = j.outvars().stream().map(a -> read(a, inlined)).toList();
        return new ClosedJaxpr(new Jaxpr(constvars, j.invars(), kept, outvars), consts);
    }

    /** Whether the primitive may be evaluated at compile time: it depends on its inputs only. */
    private static boolean foldablePrimitive(Primitive p) {
        return switch (p) {
            case Unary _, Round _, IntegerPow _, Binary _, SelectN _, Clamp _, ConvertElementType _, BroadcastInDim _, Reshape _,
                    Transpose _, Squeeze _, Rev _, Slice _, DynamicSlice _, DynamicUpdateSlice _, Concatenate _, Pad _, Iota _,
                    Split _, Gather _, Scatter _, DotGeneral _, Reduce _, ArgReduce _, Cumulative _, ConvGeneralDilated _,
                    JitCall _ -> true;
            // a named axis is bound only under vmap
            case Collective _, AxisIndex _ -> false;
        };
    }

    private boolean foldable(Eqn e) {
        if (!foldablePrimitive(e.primitive())) return false;
        for (Var out : e.outputs()) if (out.aval().shape().size() > maxElements) return false;
        return true;
    }

    /** The equation's values when all its inputs are known, else null (also when evaluating it fails). */
    private static List<Array> evaluate(Eqn e, Map<Var, Array> known) {
        List<Array> ins = new ArrayList<>(e.inputs().size());
        for (Atom a : e.inputs()) {
            switch (a) {
                case Literal l -> ins.add(JaxprEval.literalArray(l));
                case Var v -> {
                    Array value = known.get(v);
                    if (value == null) return null;
                    ins.add(value);
                }
            }
        }
        try {
            return TraceContext.with(EvalTrace.INSTANCE, () -> TraceContext.bind(e.primitive(), ins));
        } catch (JaxpressoException ex) {
            return null;
        }
    }

    private static Literal literal(ConcreteArray value, ShapedArray aval) {
        Object boxed = value.buffer().getBoxed(0);
        return new Literal(boxed instanceof Number n ? n : value.buffer().getBool(0), aval);
    }

    private static Eqn substitute(Eqn e, Map<Var, Literal> inlined) {
        if (inlined.isEmpty() || e.inputs().stream().noneMatch(inlined::containsKey)) return e;
        return new Eqn(e.primitive(), e.inputs().stream().map(a -> read(a, inlined)).toList(), e.outputs());
    }

    private static Atom read(Atom a, Map<Var, Literal> inlined) {
        return a instanceof Var v && inlined.containsKey(v) ? inlined.get(v) : a;
    }
}
