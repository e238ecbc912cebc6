package org.jaxpresso.numpy;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Lax;
import org.jaxpresso.core.GatherDimensionNumbers;
import org.jaxpresso.core.GatherScatterMode;
import org.jaxpresso.core.Scatter;
import org.jaxpresso.core.ScatterDimensionNumbers;
import org.jaxpresso.trace.TraceContext;

/**
 * JAX's {@code _scatter_impl}, the body of {@code x.at[idx].set/add/mul/min/max(y)}: the gather
 * indexer of {@code idx}, transposed into scatter dimension numbers; {@code y} is promoted with
 * {@code x}, broadcast to {@code x[idx]}'s shape, stripped of {@code None} axes and reversed where
 * the index has negative steps; out-of-bounds updates are dropped ({@code FILL_OR_DROP}); the
 * result keeps {@code x}'s dtype.
 */
final class ScatterUpdate {
    private ScatterUpdate() {}

    static Array apply(Array x, Object yValue, GatherIndexer indexer, Scatter.Op op) {
        if (indexer.sliceShapeIsEmpty()) return x;
        DType dtype = x.dtype();
        boolean weak = x.weakType();
        List<Array> promoted = Promotion.promoteDtypes(Promotion.asArrays(x, yValue));
        Array operand = promoted.get(0);
        Array y = GatherIndexer.broadcastTo(promoted.get(1), indexer.sliceShape());
        if (!indexer.newaxisDims().isEmpty()) y = Lax.squeeze(y, indexer.newaxisDims().toArray());
        if (!indexer.reversedYDims().isEmpty()) y = Lax.rev(y, indexer.reversedYDims().toArray());
        GatherDimensionNumbers g = indexer.dimensionNumbers();
        ScatterDimensionNumbers dn = new ScatterDimensionNumbers(g.offsetDims(), g.collapsedSliceDims(), g.startIndexMap(),
                g.operandBatchingDims(), g.startIndicesBatchingDims());
        Scatter p = new Scatter(op, dn, GatherScatterMode.FILL_OR_DROP, indexer.indicesAreSorted(), indexer.uniqueIndices());
        Array out = TraceContext.bind1(p, operand, indexer.gatherIndices(), y);
        return Promotion.convert(out, dtype, weak);
    }
}
