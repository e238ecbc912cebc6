package org.jaxpresso.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.core.Atom;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.ConvertElementType;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.Literal;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;

/**
 * Records every primitive applied to its tracers as a jaxpr equation ({@code make_jaxpr},
 * {@code jit}). Values it does not own — concrete arrays and tracers of outer traces — become
 * constvars; when the jaxpr is finished, concrete scalars among them are inlined as literals
 * and unused ones are dropped, as JAX does.
 */
public final class StagingTrace extends Trace {
    private final String transformationName;
    private final List<Var> invars = new ArrayList<>();
    private final List<Eqn> eqns = new ArrayList<>();
    private final Map<Array, Var> constVars = new IdentityHashMap<>();
    private final Map<Var, Array> constValues = new LinkedHashMap<>();

    public StagingTrace(String transformationName) { this.transformationName = transformationName; }

    @Override
    public String transformationName() { return transformationName; }

    /** A new input variable of this aval, as a tracer to pass to the traced function. */
    public StagingTracer newArg(ShapedArray aval) {
        Var v = new Var(aval);
        invars.add(v);
        return new StagingTracer(this, v);
    }

    @Override
    public List<Array> process(Primitive p, List<Array> args) {
        if (p instanceof ConvertElementType && args.getFirst() instanceof ConcreteArray) {
            // JAX's constant folding of convert_element_type: a known value is converted now, so a
            // promoted Java scalar shows up as the literal 3.0:f32[] and not as an equation.
            return TraceContext.with(EvalTrace.INSTANCE, () -> EvalTrace.INSTANCE.process(p, args));
        }
        List<Atom> inputs = new ArrayList<>(args.size());
        List<ShapedArray> avals = new ArrayList<>(args.size());
        for (Array a : args) {
            Var v = toVar(a);
            inputs.add(v);
            avals.add(v.aval());
        }
        List<ShapedArray> outAvals = p.abstractEval(avals);
        List<Var> outs = new ArrayList<>(outAvals.size());
        List<Array> tracers = new ArrayList<>(outAvals.size());
        for (ShapedArray aval : outAvals) {
            Var v = new Var(aval);
            outs.add(v);
            tracers.add(new StagingTracer(this, v));
        }
        eqns.add(new Eqn(p, inputs, outs));
        return tracers;
    }

    private Var toVar(Array a) {
        if (a instanceof StagingTracer t && t.trace() == this) return t.var();
        return constVars.computeIfAbsent(a, k -> {
            Var v = new Var(k.aval());
            constValues.put(v, k);
            return v;
        });
    }

    /** Finishes the jaxpr with these outputs: inlines scalar constants, drops unused constvars. */
    public ClosedJaxpr finish(List<Array> outputs) {
        List<Atom> outvars = new ArrayList<>();
        for (Array a : outputs) outvars.add(toVar(a));
        Map<Var, Atom> inlined = new IdentityHashMap<>();
        for (Map.Entry<Var, Array> e : constValues.entrySet()) {
            if (e.getValue() instanceof ConcreteArray c && c.aval().rank() == 0) {
                inlined.put(e.getKey(), new Literal(c.buffer().getBoxed(0) instanceof Number n ? n : c.buffer().getBool(0), c.aval()));
            }
        }
        List<Eqn> newEqns = new ArrayList<>(eqns.size());
        java.util.Set<Var> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Eqn e : eqns) {
            List<Atom> ins = new ArrayList<>(e.inputs().size());
            for (Atom a : e.inputs()) {
                Atom r = a instanceof Var v && inlined.containsKey(v) ? inlined.get(v) : a;
                ins.add(r);
                if (r instanceof Var v) used.add(v);
            }
            newEqns.add(new Eqn(e.primitive(), ins, e.outputs()));
        }
        List<Atom> newOuts = new ArrayList<>();
        for (Atom a : outvars) {
            Atom r = a instanceof Var v && inlined.containsKey(v) ? inlined.get(v) : a;
            newOuts.add(r);
            if (r instanceof Var v) used.add(v);
        }
        List<Var> constvars = new ArrayList<>();
        List<Object> consts = new ArrayList<>();
        for (Map.Entry<Var, Array> e : constValues.entrySet()) {
            if (!inlined.containsKey(e.getKey()) && used.contains(e.getKey())) {
                constvars.add(e.getKey());
                consts.add(e.getValue());
            }
        }
        return new ClosedJaxpr(new Jaxpr(constvars, invars, newEqns, newOuts), consts);
    }
}
