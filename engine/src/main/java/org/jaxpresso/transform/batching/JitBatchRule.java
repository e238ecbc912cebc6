package org.jaxpresso.transform.batching;

import static org.jaxpresso.transform.batching.BatchTrace.NOT_MAPPED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.trace.JaxprEval;
import org.jaxpresso.trace.StagingTrace;
import org.jaxpresso.trace.TraceContext;
import org.jaxpresso.transform.batching.BatchRules.Result;

/**
 * Batching a jit call batches its jaxpr (JAX's {@code batch_jaxpr}): the body is re-staged under
 * a {@link BatchTrace} with the operands' batch dimensions, outputs keep the batch dimensions the
 * body's rules gave them, and the call keeps its name. Batched bodies are cached per (jaxpr,
 * dimensions, axis), so two calls of one jitted function stay one shared jaxpr when printed.
 */
final class JitBatchRule {
    private JitBatchRule() {}

    private record Key(ClosedJaxpr jaxpr, List<Integer> dims, AxisData axis) {
        @Override
        public boolean equals(Object o) { return o instanceof Key k && k.jaxpr == jaxpr && k.dims.equals(dims) && k.axis == axis; }

        @Override
        public int hashCode() { return System.identityHashCode(jaxpr) * 31 + dims.hashCode() * 7 + System.identityHashCode(axis); }
    }

    private record Batched(ClosedJaxpr jaxpr, int[] outDims) {}

    private static final Map<Key, Batched> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Batched> eldest) { return size() > 256; }
    });

    static Result apply(JitCall call, List<Array> xs, int[] dims, AxisData axis) {
        Key key = new Key(call.jaxpr(), Arrays.stream(dims).boxed().toList(), axis);
        Batched b = CACHE.get(key);
        if (b == null) {
            b = batch(call.jaxpr(), xs.stream().map(Array::aval).toList(), dims, axis);
            CACHE.put(key, b);
        }
        List<Array> outs = TraceContext.bind(new JitCall(call.name(), b.jaxpr()), xs);
        return new Result(outs, b.outDims());
    }

    private static Batched batch(ClosedJaxpr body, List<ShapedArray> physicalAvals, int[] dims, AxisData axis) {
        StagingTrace staging = new StagingTrace("jit");
        List<Array> invars = new ArrayList<>();
        for (ShapedArray a : physicalAvals) invars.add(staging.newArg(a));
        BatchTrace bt = new BatchTrace(staging, axis);
        List<Array> wrapped = new ArrayList<>();
        for (int i = 0; i < invars.size(); i++) wrapped.add(bt.wrap(invars.get(i), dims[i]));
        List<Array> outs = TraceContext.with(bt, () -> JaxprEval.eval(body, wrapped));
        List<Array> values = new ArrayList<>();
        int[] outDims = new int[outs.size()];
        for (int i = 0; i < outs.size(); i++) {
            if (outs.get(i) instanceof BatchTracer t && t.trace() == bt) {
                values.add(t.value());
                outDims[i] = t.batchDim();
            } else {
                values.add(outs.get(i));
                outDims[i] = NOT_MAPPED;
            }
        }
        return new Batched(staging.finish(values), outDims);
    }
}
