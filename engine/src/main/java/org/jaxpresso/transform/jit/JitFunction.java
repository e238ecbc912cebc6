package org.jaxpresso.transform.jit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;
import org.jaxpresso.numpy.Promotion;
import org.jaxpresso.trace.StagingTrace;
import org.jaxpresso.trace.TraceContext;
import org.jaxpresso.trace.Tracer;
import org.jaxpresso.tree.PyTree;
import org.jaxpresso.tree.TreeDef;

/**
 * {@code jax.jit(f)}: on the first call for a key (argument avals with weak types, pytree
 * structure, static arguments) it stages {@code f} into a jaxpr, caches it, and binds the
 * {@link JitCall} primitive on the current trace — so under vmap the call is batched, under
 * make_jaxpr it prints as {@code jit[name=… jaxpr={…}]}, and eagerly its jaxpr is run. A Java side
 * effect in {@code f} therefore runs once per trace, as in JAX.
 */
public final class JitFunction {
    private static final int CACHE_SIZE = 64;

    private final FnN f;
    private final String name;
    private final Set<Integer> staticArgnums;
    private final Map<Key, Staged> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Staged> eldest) { return size() > CACHE_SIZE; }
    });
    private volatile int traces;

    private record Key(TreeDef tree, List<ShapedArray> avals, List<Object> statics) {}

    public JitFunction(FnN f, String name, Set<Integer> staticArgnums) {
        this.f = f;
        this.name = name;
        this.staticArgnums = Set.copyOf(staticArgnums);
    }

    public String name() { return name; }

    /** How many times {@code f} has been traced (cache misses), for tests and debugging. */
    public int traceCount() { return traces; }

    public Object call(Object... args) {
        List<Object> dynamic = new ArrayList<>();
        List<Object> statics = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (staticArgnums.contains(i)) statics.add(args[i]);
            else dynamic.add(args[i]);
        }
        for (int i : staticArgnums) {
            if (i < 0 || i >= args.length) {
                throw new JaxpressoException("jitted function has static_argnums=" + staticArgnums + " but was called with only " + args.length
                        + " positional arguments.");
            }
        }
        PyTree.Flat flat = PyTree.flattenArgs(dynamic);
        List<Array> leaves = new ArrayList<>(flat.leaves().size());
        for (Object leaf : flat.leaves()) leaves.add(Promotion.asArray(leaf));
        Key key = new Key(flat.treeDef(), leaves.stream().map(Array::aval).toList(), statics);
        Staged staged = cache.get(key);
        if (staged == null) {
            staged = stage(args, flat, leaves);
            if (staged.extraArgs().isEmpty()) cache.put(key, staged);
        }
        List<Array> callArgs = new ArrayList<>(staged.extraArgs());
        callArgs.addAll(leaves);
        List<Array> outs = TraceContext.bind(new JitCall(name, staged.jaxpr()), callArgs);
        return PyTree.unflatten(staged.outTree(), outs);
    }

    /** A staged function: its jaxpr, the outer tracers it closes over (passed first), the output structure. */
    private record Staged(ClosedJaxpr jaxpr, List<Array> extraArgs, TreeDef outTree) {}

    private Staged stage(Object[] args, PyTree.Flat flat, List<Array> leaves) {
        traces++;
        StagingTrace trace = new StagingTrace("jit");
        List<Object> tracers = new ArrayList<>();
        for (Array leaf : leaves) tracers.add(trace.newArg(leaf.aval()));
        @SuppressWarnings("unchecked")
        List<Object> dynamicTraced = (List<Object>) PyTree.unflatten(flat.treeDef(), tracers);
        Object[] callArgs = Arrays.copyOf(args, args.length);
        for (int i = 0, k = 0; i < args.length; i++) if (!staticArgnums.contains(i)) callArgs[i] = dynamicTraced.get(k++);
        Object out = TraceContext.with(trace, () -> f.apply(callArgs));
        PyTree.Flat outFlat = PyTree.flatten(out);
        List<Array> outs = new ArrayList<>();
        for (Object leaf : outFlat.leaves()) outs.add(Promotion.asArray(leaf));
        ClosedJaxpr closed = trace.finish(outs);
        boolean closesOverTracers = closed.consts().stream().anyMatch(c -> c instanceof Tracer);
        if (!closesOverTracers) return new Staged(closed, List.of(), outFlat.treeDef());
        // JAX's convert_constvars_jaxpr: closed-over tracers of outer traces become leading
        // inputs of the staged function and are passed at the call.
        Jaxpr j = closed.jaxpr();
        List<Var> invars = new ArrayList<>(j.constvars());
        invars.addAll(j.invars());
        ClosedJaxpr converted = new ClosedJaxpr(new Jaxpr(List.of(), invars, j.eqns(), j.outvars()), List.of());
        List<Array> extra = new ArrayList<>();
        for (Object c : closed.consts()) extra.add((Array) c);
        return new Staged(converted, extra, outFlat.treeDef());
    }
}
