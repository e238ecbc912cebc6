package org.jaxpresso.core;

/**
 * {@code ((lhs_contracting, rhs_contracting), (lhs_batch, rhs_batch))}; prints with lists inside
 * tuples, as dot_general's custom rule does: {@code (([1], [0]), ([], []))}.
 */
public record DotDimensionNumbers(IntTuple lhsContracting, IntTuple rhsContracting, IntTuple lhsBatch, IntTuple rhsBatch) {
    @Override
    public String toString() {
        return "((" + PyFormat.list(lhsContracting.toList()) + ", " + PyFormat.list(rhsContracting.toList()) + "), ("
                + PyFormat.list(lhsBatch.toList()) + ", " + PyFormat.list(rhsBatch.toList()) + "))";
    }
}
