package org.jaxpresso.core;

import java.util.List;

/**
 * The closed set of primitives. Families are enums (parameter-less ops such as {@link Unary})
 * or records (ops with params, such as {@link Reduce}); every transformation and backend is an
 * exhaustive {@code switch} over this interface with no {@code default}, so adding a primitive
 * makes the compiler list every rule it still needs.
 *
 * <p>Only the type rule lives here: {@link #abstractEval} checks operand shapes and dtypes and
 * returns the output avals, throwing JAX-worded errors on misuse.
 */
public sealed interface Primitive
        permits Unary, Round, IntegerPow, Binary, SelectN, Clamp, ConvertElementType, BroadcastInDim,
                Reshape, Transpose, Squeeze, Rev, Slice, DynamicSlice, DynamicUpdateSlice, Concatenate,
                Pad, Iota, Split, Gather, Scatter, DotGeneral, Reduce, ArgReduce, Cumulative, ConvGeneralDilated, JitCall,
                Collective, AxisIndex {

    /** The name printed in jaxprs: {@code sin}, {@code dot_general}, {@code scatter-add}. */
    String primitiveName();

    /** The output avals for these input avals; throws a {@link org.jaxpresso.JaxpressoException} on misuse. */
    List<ShapedArray> abstractEval(List<ShapedArray> in);

    /**
     * The params as printed, in any order (the printer sorts them), after this primitive's custom
     * printing rule has dropped the hidden ones. Empty for parameter-less primitives.
     */
    default List<Param> params() { return List.of(); }
}
