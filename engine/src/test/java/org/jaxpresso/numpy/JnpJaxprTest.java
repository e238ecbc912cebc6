package org.jaxpresso.numpy;

import static org.jaxpresso.Jax.makeJaxpr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.ShapeDtype;
import org.junit.jupiter.api.Test;

/** Whole-text jaxprs of jnp calls, as JAX 0.10 prints them (JAXPR.md §2 goldens and §3 lowering rules). */
class JnpJaxprTest {
    private static ShapeDtype f32(int... shape) { return ShapeDtype.of(DType.FLOAT32, shape); }

    private static ShapeDtype i32(int... shape) { return ShapeDtype.of(DType.INT32, shape); }

    @Test
    void g25SumOfElementwise() {
        String expected = """
                { lambda ; a:f32[8] b:f32[8]. let
                    c:f32[8] = sin b
                    d:f32[8] = mul c 3.0:f32[]
                    e:f32[8] = add a d
                    f:f32[] = reduce_sum[axes=(0,) out_sharding=None] e
                  in (f,) }""";
        assertEquals(expected, makeJaxpr((a, b) -> Jnp.sum(Jnp.add(a, Jnp.multiply(Jnp.sin(b), 3.0))), f32(8), f32(8)).toString());
    }

    /** jnp.astype always gives a strongly typed result: a weakly typed f32 gets a convert of its own (JAX 0.10's _convert_element_type). */
    @Test
    void astypeMakesAWeaklyTypedValueStrong() {
        Array weak = Jnp.arange(4).mul(0.5);
        assertTrue(weak.weakType());
        assertFalse(weak.astype(DType.FLOAT32).weakType());
        assertEquals("""
                { lambda ; a:f32[4]. let
                    b:f32[4] = convert_element_type[new_dtype=float32 weak_type=False] a
                  in (b,) }""", makeJaxpr(x -> x.astype(DType.FLOAT32), weak).toString());
        assertEquals("{ lambda ; a:f32[4]. let  in (a,) }", makeJaxpr(x -> x.astype(DType.FLOAT32), f32(4)).toString());
    }

    @Test
    void g35DotAfterAddingScalar() {
        String expected = """
                { lambda ; a:f32[3,4] b:f32[4]. let
                    c:f32[3,4] = add a 1.0:f32[]
                    d:f32[4] = add b 1.0:f32[]
                    e:f32[3] = dot_general[
                      dimension_numbers=(([1], [0]), ([], []))
                      preferred_element_type=float32
                    ] c d
                  in (e,) }""";
        assertEquals(expected, makeJaxpr((x, y) -> Jnp.dot(Jnp.add(x, 1), Jnp.add(y, 1)), f32(3, 4), f32(4)).toString());
    }

    @Test
    void dotOfIntAndFloatHasNoConvert() {
        String expected = """
                { lambda ; a:i32[3] b:f32[3]. let
                    c:f32[] = dot_general[
                      dimension_numbers=(([0], [0]), ([], []))
                      preferred_element_type=float32
                    ] a b
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(Jnp::dot, i32(3), f32(3)).toString());
    }

    @Test
    void d4SumOfMixedProductAlongAxis() {
        String expected = """
                { lambda ; a:i32[2,3] b:f32[2,3]. let
                    c:f32[2,3] = convert_element_type[new_dtype=float32 weak_type=False] a
                    d:f32[2,3] = mul c b
                    e:f32[2] = reduce_sum[axes=(1,) out_sharding=None] d
                  in (e,) }""";
        assertEquals(expected, makeJaxpr((x, w) -> Jnp.sum(Jnp.multiply(x, w), 1), i32(2, 3), f32(2, 3)).toString());
    }

    @Test
    void d4StackAlongAxisOne() {
        String expected = """
                { lambda ; a:f32[2] b:f32[2] c:f32[2]. let
                    d:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] a
                    e:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] b
                    f:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] c
                    g:f32[2,3] = concatenate[dimension=1] d e f
                  in (g,) }""";
        assertEquals(expected, makeJaxpr((a, b, c) -> Jnp.stack(List.of(a, b, c), 1), f32(2), f32(2), f32(2)).toString());
    }

    @Test
    void meanDividesByTheCountLiteral() {
        String expected = """
                { lambda ; a:f32[2,3]. let
                    b:f32[] = reduce_sum[axes=(0, 1) out_sharding=None] a
                    c:f32[] = div b 6.0:f32[]
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.mean(x), f32(2, 3)).toString());
    }

    @Test
    void meanOfIntsWithKeepdims() {
        String expected = """
                { lambda ; a:i32[4]. let
                    b:f32[4] = convert_element_type[new_dtype=float32 weak_type=False] a
                    c:f32[] = reduce_sum[axes=(0,) out_sharding=None] b
                    d:f32[1] = broadcast_in_dim c
                    e:f32[1] = div d 4.0:f32[]
                  in (e,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.mean(x, 0, true), i32(4)).toString());
    }

    @Test
    void sumOfBoolConvertsToInt() {
        String expected = """
                { lambda ; a:bool[3]. let
                    b:i32[3] = convert_element_type[new_dtype=int32 weak_type=False] a
                    c:i32[] = reduce_sum[axes=(0,) out_sharding=None] b
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.sum(x), ShapeDtype.of(DType.BOOL, 3)).toString());
    }

    @Test
    void argmaxWithoutAxisRavelsFirst() {
        String expected = """
                { lambda ; a:f32[2,3]. let
                    b:f32[6] = reshape[dimensions=None new_sizes=(6,) sharding=None] a
                    c:i32[] = argmax[axes=(0,) index_dtype=int32] b
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.argmax(x), f32(2, 3)).toString());
    }

    @Test
    void matmulWithBroadcastBatchSqueezesAndTransposes() {
        String expected = """
                { lambda ; a:f32[1,2,3] b:f32[5,3,4]. let
                    c:f32[2,3] = squeeze[dimensions=(0,)] a
                    d:f32[2,5,4] = dot_general[
                      dimension_numbers=(([1], [1]), ([], []))
                      preferred_element_type=float32
                    ] c b
                    e:f32[5,2,4] = transpose[permutation=(1, 0, 2)] d
                  in (e,) }""";
        assertEquals(expected, makeJaxpr(Jnp::matmul, f32(1, 2, 3), f32(5, 3, 4)).toString());
    }

    @Test
    void batchedMatmulUsesBatchDimensions() {
        String expected = """
                { lambda ; a:f32[5,2,3] b:f32[5,3,4]. let
                    c:f32[5,2,4] = dot_general[
                      dimension_numbers=(([2], [1]), ([0], [0]))
                      preferred_element_type=float32
                    ] a b
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(Jnp::matmul, f32(5, 2, 3), f32(5, 3, 4)).toString());
    }

    @Test
    void einsumPicksOperandOrderThatAvoidsTranspose() {
        String expected = """
                { lambda ; a:f32[2,3] b:f32[3,4]. let
                    c:f32[4,2] = dot_general[
                      dimension_numbers=(([0], [1]), ([], []))
                      preferred_element_type=float32
                    ] b a
                  in (c,) }""";
        assertEquals(expected, makeJaxpr((x, y) -> Jnp.einsum("ij,jk->ki", x, y), f32(2, 3), f32(3, 4)).toString());
        String matmul = """
                { lambda ; a:f32[2,3] b:f32[3,4]. let
                    c:f32[2,4] = dot_general[
                      dimension_numbers=(([1], [0]), ([], []))
                      preferred_element_type=float32
                    ] a b
                  in (c,) }""";
        assertEquals(matmul, makeJaxpr((x, y) -> Jnp.einsum("ij,jk->ik", x, y), f32(2, 3), f32(3, 4)).toString());
    }

    @Test
    void einsumOfOneOperandSumsAndTransposes() {
        assertEquals("{ lambda ; a:f32[2,3]. let b:f32[3,2] = transpose[permutation=(1, 0)] a in (b,) }",
                makeJaxpr(x -> Jnp.einsum("ij->ji", x), f32(2, 3)).toString());
        assertEquals("""
                { lambda ; a:f32[2,3]. let
                    b:f32[2] = reduce_sum[axes=(1,) out_sharding=None] a
                  in (b,) }""",
                makeJaxpr(x -> Jnp.einsum("ij->i", x), f32(2, 3)).toString());
    }

    @Test
    void g34WhereIsANestedJitOfSelectN() {
        String expected = """
                { lambda ; a:f32[5]. let
                    b:bool[5] = gt a 0.0:f32[]
                    c:f32[5] = exp a
                    d:f32[5] = mul 1.6699999570846558:f32[] c
                    e:f32[5] = sub d 1.6699999570846558:f32[]
                    f:f32[5] = jit[
                      name=_where
                      jaxpr={ lambda ; b:bool[5] a:f32[5] e:f32[5]. let
                          f:f32[5] = select_n b e a
                        in (f,) }
                    ] b a e
                    g:f32[5] = mul 1.0499999523162842:f32[] f
                  in (g,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.multiply(1.05, Jnp.where(Jnp.greater(x, 0), x,
                Jnp.subtract(Jnp.multiply(1.67, Jnp.exp(x)), 1.67))), f32(5)).toString());
    }

    @Test
    void clipIsANestedJitOfMaximumThenMinimum() {
        // jnp.clip is jax.jit(clip): the Java scalar bounds are weak-typed jit arguments, promoted inside.
        String expected = """
                { lambda ; a:f32[3]. let
                    b:f32[3] = jit[
                      name=clip
                      jaxpr={ lambda ; a:f32[3] c:f32[] d:f32[]. let
                          e:f32[] = convert_element_type[new_dtype=float32 weak_type=False] c
                          f:f32[3] = max e a
                          g:f32[] = convert_element_type[new_dtype=float32 weak_type=False] d
                          b:f32[3] = min g f
                        in (b,) }
                    ] a 0.0:f32[] 1.0:f32[]
                  in (b,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.clip(x, 0.0, 1.0), f32(3)).toString());
    }

    @Test
    void broadcastToSqueezesStretchedAxes() {
        String expected = """
                { lambda ; a:f32[1,3]. let
                    b:f32[3] = squeeze[dimensions=(0,)] a
                    c:f32[4,3] = broadcast_in_dim[broadcast_dimensions=(1,)] b
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(x -> Jnp.broadcastTo(x, 4, 3), f32(1, 3)).toString());
    }

    @Test
    void noOpShapeCallsEmitNothing() {
        assertEquals("{ lambda ; a:f32[2,3]. let  in (a,) }",
                makeJaxpr(x -> Jnp.squeeze(Jnp.transpose(Jnp.reshape(x, 2, -1), 0, 1)), f32(2, 3)).toString());
        assertEquals("{ lambda ; a:f32[3]. let  in (a,) }", makeJaxpr(x -> x.T(), f32(3)).toString());
    }

    @Test
    void fluentTransposeAndReshape() {
        String expected = """
                { lambda ; a:f32[2,3]. let
                    b:f32[3,2] = transpose[permutation=(1, 0)] a
                    c:f32[6] = reshape[dimensions=None new_sizes=(6,) sharding=None] b
                  in (c,) }""";
        assertEquals(expected, makeJaxpr(x -> x.T().reshape(-1), f32(2, 3)).toString());
    }

    @Test
    void splitIsOneMultiOutputEquation() {
        // jnp.split lowers to lax.split since JAX 0.4.36: one equation binding every piece.
        String expected = """
                { lambda ; a:f32[4]. let
                    b:f32[2] c:f32[2] = split[axis=0 sizes=(2, 2)] a
                  in (b, c) }""";
        assertEquals(expected, makeJaxpr((org.jaxpresso.FnN) args -> Jnp.split((org.jaxpresso.Array) args[0], 2, 0), f32(4)).toString());
        assertEquals("""
                { lambda ; a:f32[2,6]. let
                    b:f32[2,1] c:f32[2,3] d:f32[2,2] = split[axis=1 sizes=(1, 3, 2)] a
                  in (b, c, d) }""", makeJaxpr((org.jaxpresso.FnN) args -> Jnp.split((org.jaxpresso.Array) args[0], new int[] {1, 4}, 1), f32(2, 6)).toString());
    }
}
