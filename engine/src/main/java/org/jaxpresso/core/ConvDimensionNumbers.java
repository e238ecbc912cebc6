package org.jaxpresso.core;

/** Which dimensions of lhs, rhs and output are batch/feature/spatial; prints as JAX's NamedTuple repr. */
public record ConvDimensionNumbers(IntTuple lhsSpec, IntTuple rhsSpec, IntTuple outSpec) {
    @Override
    public String toString() {
        return "ConvDimensionNumbers(lhs_spec=" + lhsSpec + ", rhs_spec=" + rhsSpec + ", out_spec=" + outSpec + ")";
    }
}
