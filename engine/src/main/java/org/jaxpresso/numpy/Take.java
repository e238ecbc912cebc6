package org.jaxpresso.numpy;

import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.Lax;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Gather;
import org.jaxpresso.core.GatherDimensionNumbers;
import org.jaxpresso.core.GatherScatterMode;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.trace.TraceContext;

/**
 * JAX's {@code _take} with its default {@code mode="fill"}: negative indices are normalised,
 * then one {@code gather} over {@code axis} whose out-of-bounds rows are the fill value.
 */
public final class Take {
    private Take() {}

    public static Array take(Array a, Object indicesValue, int axis) {
        Array indices = indicesValue instanceof int[] ints ? ArrayCreation.fromBuffer(Buffer.wrap(ints.clone()), ints.length)
                : Promotion.asArray(indicesValue);
        if (!indices.dtype().isInteger()) {
            throw new DTypeException("take indices must be of integer type, got " + indices.dtype());
        }
        int ax = a.shape().axis(axis);
        int size = a.shape(ax);
        Array idx = Indexing.normalizeIndex(indices, size);
        if (idx.dtype() != DType.INT32) idx = Lax.convertElementType(idx, DType.INT32, false);
        int indexDims = indices.ndim();
        int[] sliceSizes = a.shape().dims();
        sliceSizes[ax] = 1;
        int[] offset = new int[a.ndim() - 1];
        int o = 0;
        for (int i = 0; i < ax; i++) offset[o++] = i;
        for (int i = ax + indexDims; i < a.ndim() + indexDims - 1; i++) offset[o++] = i;
        GatherDimensionNumbers dn = new GatherDimensionNumbers(IntTuple.of(offset), IntTuple.of(ax), IntTuple.of(ax));
        Array expanded = Indexing.expandDims(idx, new int[] {idx.ndim()});
        Gather g = Gather.of(dn, IntTuple.of(sliceSizes), GatherScatterMode.FILL_OR_DROP, false, false, a.dtype());
        return TraceContext.bind1(g, a, expanded);
    }
}
