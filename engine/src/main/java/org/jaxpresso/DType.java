package org.jaxpresso;

/**
 * Element types, named as in {@code jax.numpy}. The printed forms follow JAX: {@link #toString()}
 * is NumPy's name ({@code float32}, used in params such as {@code new_dtype=float32}) and
 * {@link #shortName()} is the jaxpr type annotation ({@code f32}).
 *
 * <p>The promotion lattice lives in {@link org.jaxpresso.core.TypePromotion}. Room is left for
 * narrow floats (float16, bfloat16): a constant here, a node in the lattice and a storage class
 * in the backend.
 */
public enum DType {
    BOOL("bool", "bool", Kind.BOOL, 1),
    INT32("int32", "i32", Kind.INT, 4),
    INT64("int64", "i64", Kind.INT, 8),
    FLOAT32("float32", "f32", Kind.FLOAT, 4),
    FLOAT64("float64", "f64", Kind.FLOAT, 8);

    /** The families that numpy's {@code dtype.kind} distinguishes and promotion reasons about. */
    public enum Kind { BOOL, INT, FLOAT }

    private final String numpyName;
    private final String shortName;
    private final Kind kind;
    private final int itemSize;

    DType(String numpyName, String shortName, Kind kind, int itemSize) {
        this.numpyName = numpyName;
        this.shortName = shortName;
        this.kind = kind;
        this.itemSize = itemSize;
    }

    public Kind kind() { return kind; }

    public boolean isFloating() { return kind == Kind.FLOAT; }

    public boolean isInteger() { return kind == Kind.INT; }

    public boolean isBool() { return kind == Kind.BOOL; }

    /** Bytes per element. */
    public int itemSize() { return itemSize; }

    /** The jaxpr annotation: {@code f32}, {@code i32}, {@code bool}. */
    public String shortName() { return shortName; }

    /** NumPy's name, e.g. {@code float32}. */
    @Override
    public String toString() { return numpyName; }

    /** Looks a dtype up by NumPy name ({@code "float32"}) or short name ({@code "f32"}). */
    public static DType of(String name) {
        for (DType t : values()) {
            if (t.numpyName.equals(name) || t.shortName.equals(name)) return t;
        }
        throw new DTypeException("Unknown dtype '" + name + "'. Known dtypes: bool, int32, int64, float32, float64.");
    }
}
