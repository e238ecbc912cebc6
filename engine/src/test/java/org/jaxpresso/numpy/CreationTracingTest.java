package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeDtype;
import org.junit.jupiter.api.Test;

/** Creation functions inside {@code makeJaxpr} emit what JAX's emit (JAXPR.md §3, G31, G37). */
class CreationTracingTest {
    private static final ShapeDtype F32 = ShapeDtype.of(DType.FLOAT32);

    @Test
    void listOfTracersIsBroadcastAndConcatenated() {
        String expected = """
                { lambda ; a:f32[] b:f32[]. let
                    c:f32[] = sin a
                    d:f32[1] = broadcast_in_dim c
                    e:f32[1] = broadcast_in_dim b
                    f:f32[2] = concatenate[dimension=0] d e
                  in (f,) }""";
        assertEquals(expected, Jax.makeJaxpr((x, y) -> Jnp.array(List.of(Jnp.sin(x), y)), F32, F32).toString());
    }

    @Test
    void weakTracersAreConvertedAndJavaScalarsBecomeLiterals() {
        String expected = """
                { lambda ; a:f32[]. let
                    b:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a
                    c:f32[1] = broadcast_in_dim b
                    d:f32[1] = broadcast_in_dim 1.0:f32[]
                    e:f32[2] = concatenate[dimension=0] c d
                  in (e,) }""";
        assertEquals(expected, Jax.makeJaxpr(x -> Jnp.array(List.of(x, 1.0)), 2.0).toString());
    }

    @Test
    void onesInsideATraceIsABroadcast() {
        String expected = """
                { lambda ; a:f32[]. let
                    b:f32[1] = broadcast_in_dim 1.0:f32[]
                    c:f32[1] = mul a b
                  in (c,) }""";
        assertEquals(expected, Jax.makeJaxpr(x -> Lax.mul(x, Jnp.ones(1)), F32).toString());
    }

    @Test
    void arangeInsideATraceIsAnIota() {
        String text = Jax.makeJaxpr(x -> Jnp.add(x, Jnp.arange(3)), ShapeDtype.of(DType.INT32, 3)).toString();
        String first = text.lines().toList().get(1).strip();
        assertEquals("b:i32[3] = iota[dimension=0 dtype=int32 shape=(3,) sharding=None]", first);
        assertEquals("c:i32[3] = add a b", text.lines().toList().get(2).strip());
    }

    @Test
    void arangeWithStartAndStepAddsConstants() {
        String text = Jax.makeJaxpr(x -> Jnp.add(x, Jnp.arange(1, 7, 2)), ShapeDtype.of(DType.INT32, 3)).toString();
        List<String> lines = text.lines().map(String::strip).toList();
        assertEquals("b:i32[3] = iota[dimension=0 dtype=int32 shape=(3,) sharding=None]", lines.get(1));
        assertEquals("c:i32[3] = mul 2:i32[] b", lines.get(2));
        assertEquals("d:i32[3] = add 1:i32[] c", lines.get(3));
        assertEquals("e:i32[3] = add a d", lines.get(4));
    }
}
