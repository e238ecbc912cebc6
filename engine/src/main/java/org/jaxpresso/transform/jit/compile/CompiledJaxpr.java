package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.DTypeException;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.KernelSourceBackend;
import org.jaxpresso.core.Atom;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.Literal;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;
import org.jaxpresso.trace.ConcreteArray;

/**
 * The executable of one {@link ClosedJaxpr}: its equations partitioned into fused loop nests
 * (elementwise and shape equations with the reduction they feed, run by a tiled interpreter or,
 * for float32 bodies when {@code jdk.incubator.vector} is present, by Vector API loops) and the
 * remaining equations, run one by one on the current backend as eager evaluation runs them.
 * Results equal the reference interpreter's: bit for bit, except float32 transcendental
 * functions on the vector path (within 2 ulp).
 *
 * <p>On a backend that runs OpenCL C ({@link KernelSourceBackend}) the same plan runs there: each
 * fused group as the kernel {@link OpenClGroupRenderer} renders from it (rendered once, on first
 * use), every other equation as that backend's eager kernel, so values stay on the device.
 */
public final class CompiledJaxpr {
    private final Jaxpr jaxpr;
    private final List<Buffer> consts;
    private final List<PlanStep> plan;
    private final Map<PlanStep, GroupExecutor> executors = new IdentityHashMap<>();
    private final Map<Eqn, CompiledJaxpr> nested = new IdentityHashMap<>();
    private final Map<PlanStep, OpenClGroupRenderer.Rendered> kernels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Literal, Buffer> literals = new java.util.concurrent.ConcurrentHashMap<>();

    private final boolean exactOnly;

    private CompiledJaxpr(ClosedJaxpr closed, boolean exactOnly) {
        this.exactOnly = exactOnly;
        this.jaxpr = closed.jaxpr();
        List<Buffer> c = new ArrayList<>();
        for (Object o : closed.consts()) {
            if (!(o instanceof ConcreteArray a)) throw new JaxpressoException("cannot compile a jaxpr that closes over a tracer: " + o);
            c.add(a.buffer());
        }
        this.consts = List.copyOf(c);
        this.plan = Partitioner.partition(jaxpr);
        for (PlanStep s : plan) {
            switch (s) {
                case PlanStep.Fused f -> executors.put(s, executorFor(f.group(), exactOnly));
                case PlanStep.Kernel k -> {
                    if (k.eqn().primitive() instanceof JitCall call) nested.put(k.eqn(), new CompiledJaxpr(call.jaxpr(), exactOnly));
                }
            }
        }
    }

    /** Partitions and prepares {@code closed}; its consts must be concrete arrays. */
    public static CompiledJaxpr compile(ClosedJaxpr closed) { return new CompiledJaxpr(closed, false); }

    /** As {@link #compile}, but every value bit-identical to the reference (no approximate vector functions). */
    public static CompiledJaxpr compileExact(ClosedJaxpr closed) { return new CompiledJaxpr(closed, true); }

    /** The fastest executor for a group: Vector API loops where they apply, else the tiled interpreter. */
    private static GroupExecutor executorFor(FusedGroup g, boolean exactOnly) {
        GroupExecutor v = VectorSupport.executorFor(g, exactOnly);
        return v != null ? v : new TileInterpreter(g);
    }

    /** Runs the program on {@code args} (one buffer per invar, of its aval's dtype and size) on the current backend. */
    public List<Buffer> run(List<Buffer> args) { return run(args, Backends.current()); }

    /** Runs the program on {@code backend}: fused groups as OpenCL kernels when it runs OpenCL C, else on the CPU. */
    public List<Buffer> run(List<Buffer> args, Backend backend) {
        if (args.size() != jaxpr.invars().size()) {
            throw new JaxpressoException("jaxpr takes " + jaxpr.invars().size() + " arguments, got " + args.size() + ".");
        }
        Map<Var, Buffer> env = new IdentityHashMap<>();
        for (int i = 0; i < consts.size(); i++) env.put(jaxpr.constvars().get(i), consts.get(i));
        for (int i = 0; i < args.size(); i++) {
            ShapedArray want = jaxpr.invars().get(i).aval();
            Buffer b = args.get(i);
            if (b.dtype() != want.dtype() || b.size() != want.shape().size()) {
                throw new JaxpressoException("jaxpr argument " + i + " should be " + want.str() + ", got a " + b.dtype() + " buffer of " + b.size() + " elements.");
            }
            env.put(jaxpr.invars().get(i), b);
        }
        for (PlanStep s : plan) {
            switch (s) {
                case PlanStep.Fused f -> {
                    List<Buffer> in = new ArrayList<>();
                    for (Var v : f.group().sources()) in.add(env.get(v));
                    env.put(f.group().out(), backend instanceof KernelSourceBackend device ? launch(f, device, in) : executors.get(s).run(in));
                }
                case PlanStep.Kernel k -> runKernel(k.eqn(), env, backend);
            }
        }
        List<Buffer> out = new ArrayList<>();
        for (Atom a : jaxpr.outvars()) out.add(read(env, a));
        return out;
    }

    private Buffer launch(PlanStep.Fused step, KernelSourceBackend device, List<Buffer> in) {
        FusedGroup g = step.group();
        OpenClGroupRenderer.Rendered kernel = kernels.computeIfAbsent(step, s -> OpenClGroupRenderer.render(g));
        if (kernel.float64() && !device.supportsFloat64()) {
            throw new DTypeException("A jitted computation needs float64, which " + device.name() + " does not support (it reports no "
                    + "double precision). Turn jax_enable_x64 off or put the arrays on the CPU.");
        }
        int n = g.reduce() == null ? g.iteration().size() : g.outAval().shape().size();
        return device.launch(kernel.source(), in, kernel.offsets(), g.outAval().dtype(), n);
    }

    private void runKernel(Eqn e, Map<Var, Buffer> env, Backend backend) {
        List<Buffer> in = new ArrayList<>();
        List<ShapedArray> inAvals = new ArrayList<>();
        for (Atom a : e.inputs()) {
            in.add(read(env, a));
            inAvals.add(a.aval());
        }
        List<Buffer> outs = e.primitive() instanceof JitCall
                ? nested.get(e).run(in, backend)
                : backend.execute(e.primitive(), in, inAvals, e.outputs().stream().map(Var::aval).toList());
        for (int i = 0; i < outs.size(); i++) env.put(e.outputs().get(i), outs.get(i));
    }

    private Buffer read(Map<Var, Buffer> env, Atom a) {
        return switch (a) {
            case Var v -> env.get(v);
            case Literal l -> literals.computeIfAbsent(l, CompiledJaxpr::literal); // made once: a device keeps its upload
        };
    }

    private static Buffer literal(Literal l) {
        Buffer b = Buffer.allocate(l.aval().dtype(), 1);
        switch (l.value()) {
            case Boolean x -> b.setBool(0, x);
            case Long x -> b.setLong(0, x);
            case Double x -> b.setDouble(0, x);
            default -> throw new IllegalStateException();
        }
        return b;
    }

    /** How many fused loop nests the program became. */
    public int fusedGroupCount() { return (int) plan.stream().filter(s -> s instanceof PlanStep.Fused).count(); }

    /** How many of the fused groups run on the Vector API path. */
    public int vectorGroupCount() { return (int) executors.values().stream().filter(e -> !(e instanceof TileInterpreter)).count(); }

    /** The classes generated for the vector groups, disassembled, one after another (debug level 4). */
    public String generatedClasses() {
        StringBuilder sb = new StringBuilder();
        for (PlanStep s : plan) {
            if (s instanceof PlanStep.Fused f && !executors.get(s).listing().isEmpty()) {
                sb.append("// ").append(f.group().describe()).append('\n').append(executors.get(s).listing()).append('\n');
            }
        }
        return sb.toString();
    }

    /** The plan, one line per step: fused groups with their bodies, other equations by primitive name. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (PlanStep s : plan) {
            switch (s) {
                case PlanStep.Fused f -> sb.append("fused ").append(executors.get(s) instanceof TileInterpreter ? "tiled " : "vector ")
                        .append(f.group().describe());
                case PlanStep.Kernel k -> sb.append("kernel ").append(k.eqn().primitive().primitiveName());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
