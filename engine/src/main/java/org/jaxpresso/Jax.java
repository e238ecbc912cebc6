package org.jaxpresso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.numpy.Promotion;
import org.jaxpresso.trace.StagingTrace;
import org.jaxpresso.trace.TraceContext;
import org.jaxpresso.transform.batching.Vmap;
import org.jaxpresso.transform.jit.JitFunction;
import org.jaxpresso.tree.PyTree;

/**
 * The transformations, as the {@code jax} module: {@code makeJaxpr} now; {@code vmap},
 * {@code jit} and more as they land. Start a notebook with
 * {@code import static org.jaxpresso.Jax.*;} to call them bare.
 */
public final class Jax {
    static {
        PyTree.registerLeafType(ShapeDtype.class);
    }

    private Jax() {}

    // ---- vmap ---------------------------------------------------------------------------------

    /** {@code in_axes}: one Integer or null for every argument, or one entry per argument (each a pytree prefix). */
    public static VmapOption.InAxes inAxes(Object... axes) { return VmapOption.inAxes(axes); }

    /** {@code out_axes}: an Integer, null, or a pytree prefix of the output; negative counts from the end. */
    public static VmapOption.OutAxes outAxes(Object axes) { return new VmapOption.OutAxes(axes); }

    /** {@code axis_size}: needed when no argument is mapped. */
    public static VmapOption.AxisSize axisSize(int size) { return new VmapOption.AxisSize(size); }

    /** {@code axis_name}: names the mapped axis for collectives. */
    public static VmapOption.AxisName axisName(String name) { return new VmapOption.AxisName(name); }

    /**
     * {@code jax.vmap(f, in_axes, out_axes, axis_name, axis_size)}: a function that maps {@code f}
     * over an axis of its arguments. Defaults as in JAX: {@code in_axes=0}, {@code out_axes=0}.
     */
    public static Fn1 vmap(Fn1 f, VmapOption... options) {
        Vmap.checkCallable(f);
        Vmap v = vmapOf(args -> f.apply((Array) args[0]), options);
        return x -> (Array) v.call(x);
    }

    public static Fn2 vmap(Fn2 f, VmapOption... options) {
        Vmap.checkCallable(f);
        Vmap v = vmapOf(args -> f.apply((Array) args[0], (Array) args[1]), options);
        return (x, y) -> (Array) v.call(x, y);
    }

    public static Fn3 vmap(Fn3 f, VmapOption... options) {
        Vmap.checkCallable(f);
        Vmap v = vmapOf(args -> f.apply((Array) args[0], (Array) args[1], (Array) args[2]), options);
        return (x, y, z) -> (Array) v.call(x, y, z);
    }

    /** vmap of a pytree function: arguments and result may be Lists, Maps, records, null and arrays. */
    public static FnN vmap(FnN f, VmapOption... options) {
        Vmap v = vmapOf(f, options);
        return v::call;
    }

    private static Vmap vmapOf(FnN f, VmapOption[] options) {
        Object in = 0;
        Object out = 0;
        Integer size = null;
        String name = null;
        for (VmapOption o : options) {
            switch (o) {
                case VmapOption.InAxes a -> in = a.spec();
                case VmapOption.OutAxes a -> out = a.spec();
                case VmapOption.AxisSize a -> size = a.size();
                case VmapOption.AxisName a -> name = a.name();
            }
        }
        return new Vmap(f, in, out, size, name);
    }

    // ---- jit ----------------------------------------------------------------------------------

    /** {@code name=…}: the name {@code jit[name=…]} prints. */
    public static JitOption.Name name(String name) { return new JitOption.Name(name); }

    /** {@code static_argnums=…}: arguments passed as Java values and made part of the cache key. */
    public static JitOption.StaticArgnums staticArgnums(int... argnums) {
        return new JitOption.StaticArgnums(java.util.Arrays.stream(argnums).boxed().collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * {@code jax.jit(f)}: stages {@code f} on the first call per argument types and binds a call
     * that prints as {@code jit[name=… jaxpr={…}]}; later calls with the same types reuse it.
     */
    public static Fn1 jit(Fn1 f, JitOption... options) {
        JitFunction j = jitOf(args -> f.apply((Array) args[0]), f, options);
        return x -> (Array) j.call(x);
    }

    public static Fn2 jit(Fn2 f, JitOption... options) {
        JitFunction j = jitOf(args -> f.apply((Array) args[0], (Array) args[1]), f, options);
        return (x, y) -> (Array) j.call(x, y);
    }

    public static Fn3 jit(Fn3 f, JitOption... options) {
        JitFunction j = jitOf(args -> f.apply((Array) args[0], (Array) args[1], (Array) args[2]), f, options);
        return (x, y, z) -> (Array) j.call(x, y, z);
    }

    /** jit of a pytree function; with {@code staticArgnums}, those arguments may be any Java values. */
    public static FnN jit(FnN f, JitOption... options) {
        JitFunction j = jitOf(f, f, options);
        return j::call;
    }

    private static JitFunction jitOf(FnN f, Object original, JitOption[] options) {
        if (original == null) throw new JaxpressoException("jit expected a function, got null.");
        String name = null;
        java.util.Set<Integer> statics = java.util.Set.of();
        for (JitOption o : options) {
            switch (o) {
                case JitOption.Name n -> name = n.name();
                case JitOption.StaticArgnums s -> statics = s.argnums();
            }
        }
        return new JitFunction(f, name != null ? name : org.jaxpresso.transform.jit.FunctionName.of(original), statics);
    }

    // ---- devices ------------------------------------------------------------------------------

    /** {@code jax.devices()}: the CPU, then every OpenCL device (none when OpenCL is absent). */
    public static List<Device> devices() { return org.jaxpresso.backend.Backends.devices(); }

    /** {@code jax.devices(platform)}: the devices of {@code "cpu"} or {@code "opencl"}; an absent platform is an error saying why. */
    public static List<Device> devices(String platform) { return org.jaxpresso.backend.Backends.devices(platform); }

    /**
     * {@code jax.device_put(x, device)}: {@code x} committed to {@code device}; operations on it run
     * there and their results stay committed to it. A tracer is returned unchanged.
     */
    public static Array devicePut(Array x, Device device) {
        if (!(x instanceof org.jaxpresso.trace.ConcreteArray c)) return x;
        // opens the device, or says why it cannot; the elements are copied there now
        org.jaxpresso.backend.Buffer onDevice = org.jaxpresso.backend.Backends.forDevice(device).put(c.buffer());
        return new org.jaxpresso.trace.ConcreteArray(c.aval(), onDevice, device);
    }

    /** {@code jax.config}. */
    public static Config config() { return Config.get(); }

    /**
     * {@code jax.make_jaxpr(f)(args…)}: traces {@code f} into a jaxpr. Arguments may be arrays,
     * Java scalars (weak-typed) or {@link ShapeDtype} specs, or pytrees of them.
     */
    public static ClosedJaxpr makeJaxpr(Fn1 f, Object x) { return trace(args -> f.apply((Array) args[0]), new Object[] {x}); }

    public static ClosedJaxpr makeJaxpr(Fn2 f, Object x, Object y) {
        return trace(args -> f.apply((Array) args[0], (Array) args[1]), new Object[] {x, y});
    }

    public static ClosedJaxpr makeJaxpr(Fn3 f, Object x, Object y, Object z) {
        return trace(args -> f.apply((Array) args[0], (Array) args[1], (Array) args[2]), new Object[] {x, y, z});
    }

    public static ClosedJaxpr makeJaxpr(FnN f, Object... args) { return trace(f, args); }

    private static ClosedJaxpr trace(FnN f, Object[] args) {
        PyTree.Flat flat = PyTree.flattenArgs(Arrays.asList(args));
        StagingTrace trace = new StagingTrace("make_jaxpr");
        List<Object> tracers = new ArrayList<>();
        for (Object leaf : flat.leaves()) {
            tracers.add(trace.newArg(leaf instanceof ShapeDtype s ? s.aval() : Promotion.asArray(leaf).aval()));
        }
        @SuppressWarnings("unchecked")
        List<Object> tracedArgs = (List<Object>) PyTree.unflatten(flat.treeDef(), tracers);
        Object out = TraceContext.with(trace, () -> f.apply(tracedArgs.toArray()));
        List<Array> outs = new ArrayList<>();
        for (Object leaf : PyTree.flatten(out).leaves()) outs.add(Promotion.asArray(leaf));
        return trace.finish(outs);
    }

    // ------------------------------------------------------------------ compare (org.jaxpresso.inspect)

    /**
     * Lines two jaxprs up side by side: {@code toString()} prints aligned columns marking the
     * equations that differ, {@code sameComputation()} says whether both compute the same thing
     * up to renaming and the order of independent equations, and the primitive multisets of
     * both sides are listed. The sides are labelled {@code left} and {@code right}.
     */
    public static org.jaxpresso.inspect.JaxprComparison compare(ClosedJaxpr a, ClosedJaxpr b) {
        return org.jaxpresso.inspect.JaxprComparison.of("left", a, "right", b);
    }

    /** {@link #compare(ClosedJaxpr, ClosedJaxpr)} with labels: {@code compare("vmap(convolve)", a, "manual", b)}. */
    public static org.jaxpresso.inspect.JaxprComparison compare(String labelA, ClosedJaxpr a, String labelB, ClosedJaxpr b) {
        return org.jaxpresso.inspect.JaxprComparison.of(labelA, a, labelB, b);
    }

    // ---- lower (org.jaxpresso.transform.jit.Lowered) ------------------------------------------

    /**
     * {@code jax.jit(f).lower(x)}, for teaching: what jit makes of {@code f} for these argument
     * types. Its {@code toString()} shows the staged jaxpr (as make_jaxpr prints it inside
     * {@code jit[…]}), the jaxpr after the compiler passes (constant folding, CSE, DCE) and the
     * generated code. {@code f} may be plain or already jitted; arguments may be arrays, Java
     * scalars or {@link ShapeDtype} specs.
     */
    public static org.jaxpresso.transform.jit.Lowered lower(Fn1 f, Object x) {
        return org.jaxpresso.transform.jit.JitFunction.lower(args -> f.apply((Array) args[0]),
                org.jaxpresso.transform.jit.FunctionName.of(f), x);
    }

    public static org.jaxpresso.transform.jit.Lowered lower(Fn2 f, Object x, Object y) {
        return org.jaxpresso.transform.jit.JitFunction.lower(args -> f.apply((Array) args[0], (Array) args[1]),
                org.jaxpresso.transform.jit.FunctionName.of(f), x, y);
    }

    public static org.jaxpresso.transform.jit.Lowered lower(Fn3 f, Object x, Object y, Object z) {
        return org.jaxpresso.transform.jit.JitFunction.lower(args -> f.apply((Array) args[0], (Array) args[1], (Array) args[2]),
                org.jaxpresso.transform.jit.FunctionName.of(f), x, y, z);
    }

    /** {@link #lower(Fn1, Object)} of a pytree function (without static arguments). */
    public static org.jaxpresso.transform.jit.Lowered lower(FnN f, Object... args) {
        return org.jaxpresso.transform.jit.JitFunction.lower(f, org.jaxpresso.transform.jit.FunctionName.of(f), args);
    }
}
