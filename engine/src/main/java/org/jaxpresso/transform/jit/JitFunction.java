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
import org.jaxpresso.ShapeDtype;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;
import org.jaxpresso.debug.Debug;
import org.jaxpresso.numpy.Promotion;
import org.jaxpresso.trace.CallExecutors;
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
 *
 * <p>The staged jaxpr is what is bound and printed; what runs eagerly is compiled from it on
 * first use ({@link JitCompiler}: the passes, then an {@link Executable}) and found by the eager
 * trace through {@link CallExecutors}. {@link #lower} shows both.
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
        Prepared p = prepare(args, false);
        List<Array> callArgs = new ArrayList<>(p.staged().extraArgs());
        for (Object leaf : p.leaves()) callArgs.add((Array) leaf);
        List<Array> outs = TraceContext.bind(new JitCall(name, p.staged().jaxpr()), callArgs);
        return PyTree.unflatten(p.staged().outTree(), outs);
    }

    /**
     * {@code jit(f).lower(args…)}: stages {@code f} for these arguments (through the cache, as a
     * call would), compiles it, and returns what jit made of it. Arguments may also be
     * {@link ShapeDtype} specs.
     */
    public Lowered lower(Object... args) {
        Staged staged = prepare(args, true).staged();
        Executable executable = (Executable) CallExecutors.executorFor(staged.jaxpr());
        return new Lowered(name, staged.jaxpr(), executable.jaxpr(), executable.generatedCode());
    }

    /** The arguments' leaves (arrays, or specs when {@code specsAllowed}) and their staged function. */
    private record Prepared(Staged staged, List<Object> leaves) {}

    private Prepared prepare(Object[] args, boolean specsAllowed) {
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
        List<Object> leaves = new ArrayList<>(flat.leaves().size());
        List<ShapedArray> avals = new ArrayList<>(flat.leaves().size());
        for (Object leaf : flat.leaves()) {
            if (specsAllowed && leaf instanceof ShapeDtype spec) {
                leaves.add(spec);
                avals.add(spec.aval());
            } else {
                Array a = Promotion.asArray(leaf);
                leaves.add(a);
                avals.add(a.aval());
            }
        }
        Key key = new Key(flat.treeDef(), avals, statics);
        Staged staged = cache.get(key);
        if (staged == null) {
            staged = stage(args, flat, avals);
            if (staged.extraArgs().isEmpty()) cache.put(key, staged);
        }
        return new Prepared(staged, leaves);
    }

    /**
     * Lowers {@code f} for these arguments: a plain function is jitted first; a jitted one (whose
     * jaxpr is just one jit call of its own arguments) lowers as the function it calls.
     */
    public static Lowered lower(FnN f, String name, Object... args) {
        Lowered outer = new JitFunction(f, name, Set.of()).lower(args);
        Jaxpr j = outer.staged().jaxpr();
        if (j.constvars().isEmpty() && j.eqns().size() == 1 && j.eqns().getFirst().primitive() instanceof JitCall call
                && j.eqns().getFirst().inputs().equals(j.invars()) && j.outvars().equals(j.eqns().getFirst().outputs())
                && CallExecutors.executorFor(call.jaxpr()) instanceof Executable inner) {
            return new Lowered(call.name(), call.jaxpr(), inner.jaxpr(), inner.generatedCode());
        }
        return outer;
    }

    /** A staged function: its jaxpr, the outer tracers it closes over (passed first), the output structure. */
    private record Staged(ClosedJaxpr jaxpr, List<Array> extraArgs, TreeDef outTree) {}

    private Staged stage(Object[] args, PyTree.Flat flat, List<ShapedArray> avals) {
        long start = System.nanoTime();
        Staged staged = trace(args, flat, avals);
        long nanos = System.nanoTime() - start;
        Debug.log(Debug.CACHE_MISSES, () -> "jit(" + name + "): cache miss for " + avals.stream().map(ShapedArray::str).toList()
                + ", traced in " + Debug.millis(nanos) + ", " + staged.jaxpr().eqns().size() + " equations");
        Debug.log(Debug.JAXPRS, () -> "jit(" + name + ") staged jaxpr:\n" + staged.jaxpr());
        // Compiled on first eager execution; the compiler must not hold the jaxpr (a weak key).
        String fn = name;
        CallExecutors.register(staged.jaxpr(), jaxpr -> JitCompiler.compile(fn, jaxpr));
        return staged;
    }

    private Staged trace(Object[] args, PyTree.Flat flat, List<ShapedArray> avals) {
        traces++;
        StagingTrace trace = new StagingTrace("jit");
        List<Object> tracers = new ArrayList<>();
        for (ShapedArray aval : avals) tracers.add(trace.newArg(aval));
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
