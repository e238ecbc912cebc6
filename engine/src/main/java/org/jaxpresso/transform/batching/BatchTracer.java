package org.jaxpresso.transform.batching;

import org.jaxpresso.Array;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.trace.Tracer;

/**
 * A value under vmap: the whole batch ({@code value}, one dimension larger) and where the batch
 * dimension sits in it ({@code batchDim}). Its aval is one example's: {@code value}'s without
 * that dimension.
 */
public final class BatchTracer extends Tracer {
    private final BatchTrace trace;
    private final Array value;
    private final int batchDim;

    BatchTracer(BatchTrace trace, Array value, int batchDim) {
        if (batchDim < 0 || batchDim >= value.ndim()) {
            throw new IllegalArgumentException("batch dimension " + batchDim + " outside " + value.aval());
        }
        this.trace = trace;
        this.value = value;
        this.batchDim = batchDim;
    }

    @Override
    public BatchTrace trace() { return trace; }

    public Array value() { return value; }

    public int batchDim() { return batchDim; }

    @Override
    public ShapedArray aval() {
        ShapedArray v = value.aval();
        return v.withShape(v.shape().remove(batchDim));
    }
}
