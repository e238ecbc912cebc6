package org.jaxpresso.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Atom;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.Literal;
import org.jaxpresso.core.Var;

/**
 * Evaluates a jaxpr by binding each equation's primitive on the current trace, so evaluating a
 * jaxpr under vmap or make_jaxpr transforms it.
 */
public final class JaxprEval {
    private JaxprEval() {}

    public static List<Array> eval(ClosedJaxpr closed, List<Array> args) {
        List<Array> consts = new ArrayList<>();
        for (Object c : closed.consts()) consts.add((Array) c);
        return eval(closed.jaxpr(), consts, args);
    }

    public static List<Array> eval(Jaxpr jaxpr, List<Array> consts, List<Array> args) {
        if (args.size() != jaxpr.invars().size()) {
            throw new JaxpressoException("jaxpr takes " + jaxpr.invars().size() + " arguments, got " + args.size() + ".");
        }
        Map<Var, Array> env = new IdentityHashMap<>();
        for (int i = 0; i < consts.size(); i++) env.put(jaxpr.constvars().get(i), consts.get(i));
        for (int i = 0; i < args.size(); i++) {
            Var v = jaxpr.invars().get(i);
            Array a = args.get(i);
            if (!a.aval().shape().equals(v.aval().shape()) || a.aval().dtype() != v.aval().dtype()) {
                throw new JaxpressoException("jaxpr argument " + i + " should be " + v.aval().str() + ", got " + a.aval().str() + ".");
            }
            env.put(v, a);
        }
        for (Eqn e : jaxpr.eqns()) {
            org.jaxpresso.backend.Cancellation.checkpoint();
            List<Array> ins = new ArrayList<>(e.inputs().size());
            for (Atom a : e.inputs()) ins.add(read(env, a));
            List<Array> outs = TraceContext.bind(e.primitive(), ins);
            for (int i = 0; i < outs.size(); i++) env.put(e.outputs().get(i), outs.get(i));
        }
        List<Array> result = new ArrayList<>();
        for (Atom a : jaxpr.outvars()) result.add(read(env, a));
        return result;
    }

    private static Array read(Map<Var, Array> env, Atom a) {
        return switch (a) {
            case Var v -> env.get(v);
            case Literal l -> literalArray(l);
        };
    }

    /** A concrete 0-d array holding a literal's value. */
    public static Array literalArray(Literal l) {
        Buffer b = Buffer.allocate(l.aval().dtype(), 1);
        switch (l.value()) {
            case Boolean x -> b.setBool(0, x);
            case Long x -> b.setLong(0, x);
            case Double x -> b.setDouble(0, x);
            default -> throw new IllegalStateException();
        }
        return new ConcreteArray(l.aval(), b);
    }
}
