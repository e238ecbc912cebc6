package org.jaxpresso;

import static org.jaxpresso.Jax.inAxes;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.Jax.vmap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.testkit.Tutorial;
import org.junit.jupiter.api.Test;

/**
 * JAX's "Automatic vectorization" tutorial in Java: values and jaxprs byte-identical to the
 * reference outputs G37, G38, D3 and D4 of JAXPR.md §2.1 (G25 and G35 are in
 * {@code numpy.JnpJaxprTest}).
 */
class TutorialGoldenTest {
    private static final Fn2 CONVOLVE = Tutorial.CONVOLVE;
    private static final Fn2 MANUALLY_VECTORIZED = Tutorial.MANUALLY_VECTORIZED;

    private final Array x = Jnp.arange(5);
    private final Array w = Jnp.array(2., 3., 4.);
    private final Array xs = Jnp.stack(List.of(x, x), 0);
    private final Array ws = Jnp.stack(List.of(w, w), 0);

    @Test
    void convolveValues() {
        assertEquals("Array([0, 1, 2, 3, 4], dtype=int32)", x.toString());
        assertEquals("Array([2., 3., 4.], dtype=float32)", w.toString());
        assertEquals("Array([11., 20., 29.], dtype=float32)", CONVOLVE.apply(x, w).toString());
        assertEquals("""
                Array([[11., 20., 29.],
                       [11., 20., 29.]], dtype=float32)""", MANUALLY_VECTORIZED.apply(xs, ws).toString());
    }

    @Test
    void g37ConvolveJaxpr() {
        ClosedJaxpr j = makeJaxpr(CONVOLVE, x, w);
        JaxprChecker.check(j);
        assertEquals("""
                { lambda ; a:i32[5] b:f32[3]. let
                    c:i32[3] = slice[limit_indices=(3,) start_indices=(0,) strides=None] a
                    d:f32[] = dot_general[
                      dimension_numbers=(([0], [0]), ([], []))
                      preferred_element_type=float32
                    ] c b
                    e:i32[3] = slice[limit_indices=(4,) start_indices=(1,) strides=None] a
                    f:f32[] = dot_general[
                      dimension_numbers=(([0], [0]), ([], []))
                      preferred_element_type=float32
                    ] e b
                    g:i32[3] = slice[limit_indices=(5,) start_indices=(2,) strides=None] a
                    h:f32[] = dot_general[
                      dimension_numbers=(([0], [0]), ([], []))
                      preferred_element_type=float32
                    ] g b
                    i:f32[1] = broadcast_in_dim d
                    j:f32[1] = broadcast_in_dim f
                    k:f32[1] = broadcast_in_dim h
                    l:f32[3] = concatenate[dimension=0] i j k
                  in (l,) }""", j.toString());
    }

    @Test
    void d4ManuallyVectorizedJaxpr() {
        ClosedJaxpr j = makeJaxpr(MANUALLY_VECTORIZED, xs, ws);
        JaxprChecker.check(j);
        assertEquals("""
                { lambda ; a:i32[2,5] b:f32[2,3]. let
                    c:i32[2,3] = slice[limit_indices=(2, 3) start_indices=(0, 0) strides=None] a
                    d:f32[2,3] = convert_element_type[new_dtype=float32 weak_type=False] c
                    e:f32[2,3] = mul d b
                    f:f32[2] = reduce_sum[axes=(1,) out_sharding=None] e
                    g:i32[2,3] = slice[limit_indices=(2, 4) start_indices=(0, 1) strides=None] a
                    h:f32[2,3] = convert_element_type[new_dtype=float32 weak_type=False] g
                    i:f32[2,3] = mul h b
                    j:f32[2] = reduce_sum[axes=(1,) out_sharding=None] i
                    k:i32[2,3] = slice[limit_indices=(2, 5) start_indices=(0, 2) strides=None] a
                    l:f32[2,3] = convert_element_type[new_dtype=float32 weak_type=False] k
                    m:f32[2,3] = mul l b
                    n:f32[2] = reduce_sum[axes=(1,) out_sharding=None] m
                    o:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] f
                    p:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] j
                    q:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] n
                    r:f32[2,3] = concatenate[dimension=1] o p q
                  in (r,) }""", j.toString());
    }

    @Test
    void vmapValuesEqualThePerExampleLoop() {
        assertEquals(MANUALLY_VECTORIZED.apply(xs, ws).toString(), vmap(CONVOLVE).apply(xs, ws).toString());
        assertEquals(MANUALLY_VECTORIZED.apply(xs, ws).toString(), vmap(CONVOLVE, inAxes(0, null)).apply(xs, w).toString());
    }

    @Test
    void g38VmapOfConvolveJaxpr() {
        ClosedJaxpr j = makeJaxpr(vmap(CONVOLVE), xs, ws);
        JaxprChecker.check(j);
        assertEquals(Tutorial.VMAP_CONVOLVE_JAXPR, j.toString());
    }

    @Test
    void d3VmapWithUnmappedWeightsJaxpr() {
        ClosedJaxpr j = makeJaxpr(vmap(CONVOLVE, inAxes(0, null)), xs, w);
        JaxprChecker.check(j);
        assertEquals("""
                { lambda ; a:i32[2,5] b:f32[3]. let
                    c:i32[2,3] = slice[limit_indices=(2, 3) start_indices=(0, 0) strides=None] a
                    d:f32[2] = dot_general[
                      dimension_numbers=(([1], [0]), ([], []))
                      preferred_element_type=float32
                    ] c b
                    e:i32[2,3] = slice[limit_indices=(2, 4) start_indices=(0, 1) strides=None] a
                    f:f32[2] = dot_general[
                      dimension_numbers=(([1], [0]), ([], []))
                      preferred_element_type=float32
                    ] e b
                    g:i32[2,3] = slice[limit_indices=(2, 5) start_indices=(0, 2) strides=None] a
                    h:f32[2] = dot_general[
                      dimension_numbers=(([1], [0]), ([], []))
                      preferred_element_type=float32
                    ] g b
                    i:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] d
                    j:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] f
                    k:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] h
                    l:f32[2,3] = concatenate[dimension=1] i j k
                  in (l,) }""", j.toString());
    }
}
