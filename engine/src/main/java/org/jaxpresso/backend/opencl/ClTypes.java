package org.jaxpresso.backend.opencl;

import org.jaxpresso.DType;

/** How each dtype is stored and named in OpenCL C: bool is a {@code uchar} holding 0 or 1. */
public final class ClTypes {
    private ClTypes() {}

    public static String name(DType t) {
        return switch (t) {
            case BOOL -> "uchar";
            case INT32 -> "int";
            case INT64 -> "long";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }

    /** The unsigned type integer arithmetic wraps in (signed overflow is undefined in C). */
    public static String unsignedName(DType t) {
        return switch (t) {
            case BOOL -> "uchar";
            case INT32 -> "uint";
            case INT64 -> "ulong";
            case FLOAT32, FLOAT64 -> throw new IllegalArgumentException(t + " has no unsigned type");
        };
    }

    static int elementSize(DType t) {
        return switch (t) {
            case BOOL -> 1;
            case INT32, FLOAT32 -> 4;
            case INT64, FLOAT64 -> 8;
        };
    }
}
