package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jaxpresso.Jax;
import org.jaxpresso.ShapeDtype;
import org.junit.jupiter.api.Test;

/** The jaxprs of basic indexing, as JAX 0.10's {@code make_jaxpr} prints them (JAXPR.md §3). */
class IndexingJaxprTest {
    private static final Object X5 = spec(5);
    private static final Object X25 = spec(2, 5);

    private static Object spec(int... shape) { return new ShapeDtype(org.jaxpresso.core.Shape.of(shape), org.jaxpresso.DType.INT32); }

    @Test
    void staticSlice() {
        assertEquals("""
                { lambda ; a:i32[2,5]. let
                    b:i32[2,3] = slice[limit_indices=(2, 4) start_indices=(0, 1) strides=None] a
                  in (b,) }""", Jax.makeJaxpr(x -> x.get(":, 1:4"), X25).toString());
    }

    @Test
    void staticNonNegativeInt() {
        assertEquals("""
                { lambda ; a:i32[5]. let
                    b:i32[1] = slice[limit_indices=(3,) start_indices=(2,) strides=None] a
                    c:i32[] = squeeze[dimensions=(0,)] b
                  in (c,) }""", Jax.makeJaxpr(x -> x.get(2), X5).toString());
    }

    @Test
    void staticNegativeInt() {
        assertEquals("""
                { lambda ; a:i32[5]. let
                    b:i32[1] = dynamic_slice[slice_sizes=(1,)] a 4:i32[]
                    c:i32[] = squeeze[dimensions=(0,)] b
                  in (c,) }""", Jax.makeJaxpr(x -> x.get(-1), X5).toString());
    }

    @Test
    void reverse() {
        assertEquals("""
                { lambda ; a:i32[5]. let b:i32[5] = rev[dimensions=(0,)] a in (b,) }""",
                Jax.makeJaxpr(x -> x.get("::-1"), X5).toString());
    }

    @Test
    void newAxisIsBroadcastInDim() {
        assertEquals("""
                { lambda ; a:i32[5]. let
                    b:i32[1,5] = broadcast_in_dim[broadcast_dimensions=(1,)] a
                  in (b,) }""", Jax.makeJaxpr(x -> x.get("None"), X5).toString());
    }
}
