package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.FnN;
import org.jaxpresso.VmapException;
import org.jaxpresso.core.AxisEnv;
import org.jaxpresso.core.Shape;
import org.jaxpresso.numpy.ArrayCreation;
import org.jaxpresso.trace.TraceContext;
import org.jaxpresso.tree.PyTree;

/**
 * {@code jax.vmap}'s wrapper around a function: resolves {@code inAxes} against the arguments,
 * finds the axis size, runs the function under a new {@link BatchTrace}, and moves each output's
 * batch dimension to its {@code outAxes} entry. Errors use JAX's wording (JAXPR.md §4.4);
 * arguments are named {@code args[i]}, as JAX names them for a function without a signature.
 */
public final class Vmap {
    private final FnN f;
    private final Object inAxes;
    private final Object outAxes;
    private final Integer axisSize;
    private final String axisName;

    public Vmap(FnN f, Object inAxes, Object outAxes, Integer axisSize, String axisName) {
        if (f == null) throw new VmapException("Expected a callable value, got None");
        if (inAxes != null && !(inAxes instanceof Integer) && !(inAxes instanceof List<?>)) {
            throw new VmapException("vmap in_axes must be an int, None, or a tuple of entries corresponding to the positional arguments "
                    + "passed to the function, but got " + VmapSpecs.str(inAxes, false) + ".");
        }
        if (!VmapSpecs.hasIntegerLeaves(inAxes)) {
            throw new VmapException("vmap in_axes must be an int, None, or (nested) container with those types as leaves, but got "
                    + VmapSpecs.str(inAxes, true) + ".");
        }
        if (!VmapSpecs.hasIntegerLeaves(outAxes)) {
            throw new VmapException("vmap out_axes must be an int, None, or (nested) container with those types as leaves, but got "
                    + VmapSpecs.str(outAxes, false) + ".");
        }
        this.f = f;
        this.inAxes = inAxes;
        this.outAxes = outAxes;
        this.axisSize = axisSize;
        this.axisName = axisName;
    }

    /** JAX's {@code check_callable} for the overloads of {@code Jax.vmap} that wrap {@code f} before reaching here. */
    public static void checkCallable(Object f) {
        if (f == null) throw new VmapException("Expected a callable value, got None");
    }

    public Object call(Object... args) {
        List<Object> argList = args == null ? Arrays.asList((Object) null) : Arrays.asList(args);
        List<Integer> axes = inAxesPerLeaf(argList);
        List<VmapSpecs.PathLeaf> leaves = VmapSpecs.leaves(argList, "args");
        List<Array> mapped = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) mapped.add(axes.get(i) == null ? null : argumentArray(leaves.get(i)));
        int size = mappedSize(argList, leaves, mapped, axes, axisSize);
        BatchTrace trace = new BatchTrace(TraceContext.current(), new AxisData(size, axisName));
        List<Object> wrapped = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            Integer d = axes.get(i);
            if (d == null) {
                wrapped.add(leaves.get(i).leaf());
                continue;
            }
            Array a = mapped.get(i);
            wrapped.add(trace.wrap(a, d < 0 ? d + a.ndim() : d));
        }
        @SuppressWarnings("unchecked")
        List<Object> tracedArgs = (List<Object>) PyTree.unflatten(PyTree.flattenArgs(argList).treeDef(), wrapped);
        Object out = AxisEnv.extend(axisName, size, () -> TraceContext.with(trace, () -> f.apply(tracedArgs.toArray())));
        return outputs(trace, out, size);
    }

    /** A mapped argument leaf as an array: arrays, Java numbers and booleans, and (rectangular) Java arrays. */
    private static Array argumentArray(VmapSpecs.PathLeaf leaf) {
        Object x = leaf.leaf();
        if (x instanceof Array a) return a;
        if (x instanceof Number || x instanceof Boolean || x.getClass().isArray()) return ArrayCreation.asarray(x, null);
        throw new ArrayCreationException("Argument '" + x + "' of type " + x.getClass().getName() + " is not a valid JAX type (vmap "
                + "argument " + leaf.path() + " is mapped; pass an Array, a Java number or boolean, or a Java array of them)");
    }

    private List<Integer> inAxesPerLeaf(List<Object> args) {
        if (!(inAxes instanceof List<?> entries)) return VmapSpecs.spread(inAxes, args);
        if (entries.size() != args.size()) {
            throw new VmapException("vmap in_axes must be an int, None, or a tuple of entries corresponding to the positional arguments "
                    + "passed to the function, but got len(in_axes)=" + entries.size() + ", len(args)=" + args.size());
        }
        try {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) out.addAll(VmapSpecs.spread(entries.get(i), args.get(i)));
            return out;
        } catch (VmapSpecs.PrefixMismatch e) {
            throw new VmapException(VmapSpecs.prefixError("vmap in_axes", inAxes, args, true));
        }
    }

    private static VmapException rankError(int axis, Shape shape) {
        int minRank = axis >= 0 ? axis + 1 : -axis;
        return new VmapException("vmap was requested to map its argument along axis " + axis + ", which implies that its rank should be at least "
                + minRank + ", but is only " + shape.rank() + " (its shape is " + shape + ")");
    }

    /** JAX's {@code _mapped_axis_size} (0.10, which also checks a given {@code axis_size}), with its messages. */
    private static int mappedSize(List<Object> args, List<VmapSpecs.PathLeaf> leaves, List<Array> mapped, List<Integer> axes,
            Integer axisSize) {
        if (leaves.isEmpty()) {
            if (axisSize != null) return axisSize;
            throw new VmapException("vmap wrapped function must be passed at least one argument containing an array or axis_size must be "
                    + "specified, got empty *args=" + VmapSpecs.repr(args, true) + " and **kwargs={}");
        }
        List<Integer> sizes = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        List<Integer> exampleAxes = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Integer d = axes.get(i);
            if (d == null) continue;
            Array a = mapped.get(i);
            int axis = d < 0 ? d + a.ndim() : d;
            if (axis < 0 || axis >= a.ndim()) throw rankError(d, a.shape());
            sizes.add(a.shape(axis));
            examples.add(leaves.get(i).path() + " of type " + a.dtype() + "[" + a.shape().commaJoined() + "]");
            exampleAxes.add(d);
        }
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int s : sizes) counts.merge(s, 1, Integer::sum);
        java.util.Set<Integer> distinct = new java.util.HashSet<>(counts.keySet());
        if (axisSize != null) distinct.add(axisSize);
        if (distinct.size() == 1) return distinct.iterator().next();
        if (distinct.isEmpty()) throw new VmapException("vmap must have at least one non-None value in in_axes or axis_size must be specified");
        List<Map.Entry<Integer, Integer>> ordered = new ArrayList<>(counts.entrySet());
        ordered.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        StringBuilder msg = new StringBuilder("vmap got inconsistent sizes for array axes to be mapped:\n");
        if (axisSize != null) msg.append("  * the `axis_size` argument was ").append(axisSize).append(";\n");
        for (int k = 0; k < ordered.size(); k++) {
            int sz = ordered.get(k).getKey();
            int ct = ordered.get(k).getValue();
            int first = sizes.indexOf(sz);
            String ex = examples.get(first);
            int ax = exampleAxes.get(first);
            if (ct == 1) msg.append("  * one axis had size ").append(sz).append(": axis ").append(ax).append(" of ").append(ex).append(";\n");
            else if (k == 0) msg.append("  * most axes (").append(ct).append(" of them) had size ").append(sz).append(", e.g. axis ").append(ax).append(" of ").append(ex).append(";\n");
            else msg.append("  * some axes (").append(ct).append(" of them) had size ").append(sz).append(", e.g. axis ").append(ax).append(" of ").append(ex).append(";\n");
        }
        throw new VmapException(msg.substring(0, msg.length() - 2));
    }

    private Object outputs(BatchTrace trace, Object out, int size) {
        PyTree.Flat flat = PyTree.flatten(out);
        List<Integer> outSpec;
        try {
            outSpec = VmapSpecs.spread(outAxes, out);
        } catch (VmapSpecs.PrefixMismatch e) {
            throw new VmapException(VmapSpecs.prefixError("vmap out_axes", outAxes, out, false));
        }
        List<VmapSpecs.PathLeaf> paths = VmapSpecs.leaves(out, "");
        List<Object> results = new ArrayList<>(flat.leaves().size());
        for (int i = 0; i < flat.leaves().size(); i++) {
            Array a = outputArray(flat.leaves().get(i));
            Array value = a;
            int bdim = NOT_MAPPED;
            if (a instanceof BatchTracer t && t.trace() == trace) {
                value = t.value();
                bdim = t.batchDim();
            }
            Integer dst = outSpec.get(i);
            if (dst == null) {
                if (bdim != NOT_MAPPED) {
                    if (axisName != null) throw new VmapException("vmap has mapped output (axis_name=" + axisName + ") but out_axes is None");
                    throw new VmapException("at vmap out_axes" + paths.get(i).path() + ", got axis spec None but output was batched on axis " + bdim);
                }
                results.add(value);
                continue;
            }
            int rank = value.ndim() + (bdim == NOT_MAPPED ? 1 : 0);
            int axis = dst < 0 ? dst + rank : dst;
            if (axis < 0 || axis >= rank) throw org.jaxpresso.AxisException.outOfBounds(dst, rank);
            results.add(bdim == NOT_MAPPED ? BatchDims.broadcast(value, size, axis) : BatchDims.moveaxis(value, bdim, axis));
        }
        return PyTree.unflatten(flat.treeDef(), results);
    }

    /** An output leaf as an array; JAX's {@code matchaxis} rejects anything that is not a JAX type. */
    private static Array outputArray(Object x) {
        if (x instanceof Array a) return a;
        if (x instanceof Number || x instanceof Boolean || x.getClass().isArray()) return ArrayCreation.asarray(x, null);
        throw new ArrayCreationException("Output from batched function '" + x + "' with type " + x.getClass().getName()
                + " is not a valid JAX type");
    }
}
