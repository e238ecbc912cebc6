package org.jaxpresso.core;

import org.jaxpresso.ShapeException;

/** The dimension-number checks shared by gather and scatter, worded as {@code lax.slicing}'s. */
final class DimensionChecks {
    private DimensionChecks() {}

    static void sorted(IntTuple dims, String opName, String name) {
        for (int i = 1; i < dims.size(); i++) {
            if (dims.get(i) < dims.get(i - 1)) throw new ShapeException(name + " in " + opName + " op must be sorted; got " + dims);
        }
    }

    static void noDuplicates(IntTuple dims, String opName, String name) {
        for (int i = 0; i < dims.size(); i++) {
            for (int j = i + 1; j < dims.size(); j++) {
                if (dims.get(i) == dims.get(j)) throw new ShapeException(name + " in " + opName + " op must not repeat; got: " + dims + ".");
            }
        }
    }

    static void inRange(IntTuple dims, int rank, String opName, String name) {
        for (int i = 0; i < dims.size(); i++) {
            if (dims.get(i) < 0 || dims.get(i) >= rank) {
                throw new ShapeException("Invalid " + name + " set in " + opName + " op; valid range is [0, " + rank + "); got: " + dims + ".");
            }
        }
    }

    /** Sorted, distinct and inside {@code [0, rank)}. */
    static void sortedInRange(IntTuple dims, int rank, String opName, String name) {
        sorted(dims, opName, name);
        noDuplicates(dims, opName, name);
        inRange(dims, rank, opName, name);
    }

    /** The size of the index vector: the last dimension of {@code indices}. */
    static int indexVectorSize(Shape indices) { return indices.rank() == 0 ? 1 : indices.dim(indices.rank() - 1); }
}
