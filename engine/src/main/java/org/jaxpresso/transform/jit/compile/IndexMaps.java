package org.jaxpresso.transform.jit.compile;

import org.jaxpresso.core.BroadcastInDim;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Rev;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.Slice;
import org.jaxpresso.core.Transpose;

/** The {@link IndexMap.AxisMap} of each shape primitive: from its output's index to its operand's. */
final class IndexMaps {
    private IndexMaps() {}

    /** Operand axis {@code i} follows output axis {@code broadcast_dimensions[i]}, or stays 0 when it has size 1. */
    static IndexMap.AxisMap broadcastInDim(BroadcastInDim b, Shape operand) {
        int r = operand.rank();
        int[] from = new int[r];
        int[] step = new int[r];
        for (int i = 0; i < r; i++) {
            boolean stretched = operand.dim(i) == 1;
            from[i] = stretched ? -1 : b.broadcastDimensions().get(i);
            step[i] = stretched ? 0 : 1;
        }
        return new IndexMap.AxisMap(IntTuple.of(from), IntTuple.of(new int[r]), IntTuple.of(step));
    }

    /** lax's implicit broadcast of an elementwise operand: rank 0 reads its one element, size-1 axes stay 0. */
    static IndexMap.AxisMap laxBroadcast(Shape operand, Shape out) {
        int r = operand.rank();
        int[] from = new int[r];
        int[] step = new int[r];
        for (int i = 0; i < r; i++) {
            boolean stretched = operand.dim(i) == 1 && out.dim(i) != 1;
            from[i] = stretched ? -1 : i;
            step[i] = stretched ? 0 : 1;
        }
        return new IndexMap.AxisMap(IntTuple.of(from), IntTuple.of(new int[r]), IntTuple.of(step));
    }

    /** Output axis {@code i} is operand axis {@code permutation[i]}. */
    static IndexMap.AxisMap transpose(Transpose t) {
        int r = t.permutation().size();
        int[] from = new int[r];
        int[] step = new int[r];
        for (int i = 0; i < r; i++) {
            from[t.permutation().get(i)] = i;
            step[t.permutation().get(i)] = 1;
        }
        return new IndexMap.AxisMap(IntTuple.of(from), IntTuple.of(new int[r]), IntTuple.of(step));
    }

    static IndexMap.AxisMap rev(Rev rev, Shape operand) {
        int r = operand.rank();
        int[] from = new int[r];
        int[] start = new int[r];
        int[] step = new int[r];
        for (int a = 0; a < r; a++) {
            from[a] = a;
            boolean reversed = rev.dimensions().contains(a);
            start[a] = reversed ? Math.max(0, operand.dim(a) - 1) : 0;
            step[a] = reversed ? -1 : 1;
        }
        return new IndexMap.AxisMap(IntTuple.of(from), IntTuple.of(start), IntTuple.of(step));
    }

    static IndexMap.AxisMap slice(Slice s) {
        int r = s.startIndices().size();
        int[] from = new int[r];
        int[] start = new int[r];
        int[] step = new int[r];
        for (int a = 0; a < r; a++) {
            from[a] = a;
            start[a] = s.startIndices().get(a);
            step[a] = s.stride(a);
        }
        return new IndexMap.AxisMap(IntTuple.of(from), IntTuple.of(start), IntTuple.of(step));
    }
}
