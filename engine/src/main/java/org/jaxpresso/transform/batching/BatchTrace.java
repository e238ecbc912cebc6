package org.jaxpresso.transform.batching;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.trace.Trace;
import org.jaxpresso.trace.TraceContext;

/**
 * vmap's interpreter. It unwraps only its own tracers — every other value, including tracers of
 * outer vmaps, is unbatched here — and when no operand is batched it hands the primitive to its
 * parent unchanged (JAX's no-op shortcut) — unless it is a collective naming this vmap's axis,
 * which only this trace can answer, batched operands or not. Otherwise {@link BatchRules} rewrites the primitive
 * with the parent trace current, so the rule's own binds are staged or evaluated below.
 */
public final class BatchTrace extends Trace {
    /** Marks an unbatched operand, JAX's {@code not_mapped}. */
    public static final int NOT_MAPPED = -1;

    private final Trace parent;
    private final AxisData axis;

    public BatchTrace(Trace parent, AxisData axis) {
        this.parent = parent;
        this.axis = axis;
    }

    public AxisData axis() { return axis; }

    public Trace parent() { return parent; }

    @Override
    public String transformationName() { return "vmap"; }

    /** Wraps {@code value} batched at {@code batchDim}, or returns it as is when unbatched. */
    public Array wrap(Array value, int batchDim) { return batchDim == NOT_MAPPED ? value : new BatchTracer(this, value, batchDim); }

    @Override
    public List<Array> process(Primitive p, List<Array> args) {
        List<Array> values = new ArrayList<>(args.size());
        int[] dims = new int[args.size()];
        boolean anyBatched = false;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof BatchTracer t && t.trace() == this) {
                values.add(t.value());
                dims[i] = t.batchDim();
                anyBatched = true;
            } else {
                values.add(args.get(i));
                dims[i] = NOT_MAPPED;
            }
        }
        if (!anyBatched && !CollectiveBatchRules.namesAxis(p, axis)) return TraceContext.with(parent, () -> TraceContext.bind(p, values));
        BatchRules.Result r = TraceContext.with(parent, () -> BatchRules.apply(p, values, dims, axis));
        List<Array> out = new ArrayList<>(r.values().size());
        for (int i = 0; i < r.values().size(); i++) out.add(wrap(r.values().get(i), r.dims()[i]));
        return out;
    }
}
