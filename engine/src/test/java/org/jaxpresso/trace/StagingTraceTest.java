package org.jaxpresso.trace;

import static org.jaxpresso.Jax.makeJaxpr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.ConcretizationException;
import org.jaxpresso.DType;
import org.jaxpresso.FnN;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeDtype;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.numpy.ArrayCreation;
import org.junit.jupiter.api.Test;

/** How make_jaxpr treats arguments, closed-over values and outputs; expected texts are JAX's. */
class StagingTraceTest {
    private static final ShapeDtype F32_3 = ShapeDtype.of(DType.FLOAT32, 3);

    @Test
    void closedOverArraysBecomeConstvarsAndScalarsBecomeLiterals() {
        Array c = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {1, 2, 3}), 3);
        Array two = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {2}));
        ClosedJaxpr j = makeJaxpr(x -> Lax.mul(Lax.add(x, c), two), F32_3);
        assertEquals("""
                { lambda a:f32[3]; b:f32[3]. let
                    c:f32[3] = add b a
                    d:f32[3] = mul c 2.0:f32[]
                  in (d,) }""", j.toString());
        assertEquals(List.of(c), j.consts());
        JaxprChecker.check(j);
    }

    @Test
    void opsOnConstantsAreStagedAndUnusedConstantsDropped() {
        // Stackless tracing stages every op while tracing, constants included (JAX prints the
        // dead equation with `_`); a constant no equation reads is not a constvar.
        Array c = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {1, 2, 3}), 3);
        Array unused = ArrayCreation.fromBuffer(Buffer.wrap(new float[] {4, 5}), 2);
        ClosedJaxpr j = makeJaxpr(x -> {
            Lax.neg(c);
            return Lax.neg(x);
        }, F32_3);
        assertEquals("{ lambda a:f32[3]; b:f32[3]. let _:f32[3] = neg a; c:f32[3] = neg b in (c,) }", j.toString());
        assertEquals(List.of(c), j.consts());
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = neg a in (b,) }", makeJaxpr(x -> {
            Lax.convertElementType(unused, DType.INT32);
            return Lax.neg(x);
        }, F32_3).toString());
    }

    @Test
    void javaScalarArgumentsAreWeakAndPromoteLikePythonScalars() {
        // make_jaxpr(lambda x: x * 2)(3.0): both weak, the int literal becomes a float32.
        assertEquals("{ lambda ; a:f32[]. let b:f32[] = mul a 2.0:f32[] in (b,) }", makeJaxpr(x -> x.mul(2), 3.0).toString());
        // An int32 array times a Java double: the array is converted, the result is weak float32.
        assertEquals("""
                { lambda ; a:i32[3]. let
                    b:f32[3] = convert_element_type[new_dtype=float32 weak_type=True] a
                    c:f32[3] = mul b 0.5:f32[]
                  in (c,) }""", makeJaxpr(x -> x.mul(0.5), ShapeDtype.of(DType.INT32, 3)).toString());
    }

    @Test
    void rankPromotionInsertsBroadcastInDimWithLeadingOnes() {
        ClosedJaxpr j = makeJaxpr((x, y) -> Jnp.add(x, y), ShapeDtype.of(DType.FLOAT32, 4, 3), F32_3);
        assertEquals("""
                { lambda ; a:f32[4,3] b:f32[3]. let
                    c:f32[1,3] = broadcast_in_dim[broadcast_dimensions=(1,)] b
                    d:f32[4,3] = add a c
                  in (d,) }""", j.toString());
        JaxprChecker.check(j);
    }

    @Test
    void outputsMayBeInputsLiteralsOrPytrees() {
        FnN f = args -> List.of(2, args[0], Map.of("b", args[1], "a", Lax.sin((Array) args[1])));
        ClosedJaxpr j = makeJaxpr(f, F32_3, F32_3);
        assertEquals("{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = sin b in (2:i32[], a, c, b) }", j.toString());
    }

    record Params(Array w, Array b) {}

    @Test
    void recordsArePytrees() {
        FnN f = args -> {
            Params p = (Params) args[0];
            return Lax.add(Lax.mul(p.w(), (Array) args[1]), p.b());
        };
        Params spec = new Params(null, null);
        ClosedJaxpr j = makeJaxpr(f, new Params(ArrayCreation.fromBuffer(Buffer.wrap(new float[] {1, 2, 3}), 3),
                ArrayCreation.fromBuffer(Buffer.wrap(new float[] {0, 0, 0}), 3)), F32_3);
        assertEquals("""
                { lambda ; a:f32[3] b:f32[3] c:f32[3]. let
                    d:f32[3] = mul a c
                    e:f32[3] = add d b
                  in (e,) }""", j.toString());
        assertEquals(null, spec.w());
    }

    @Test
    void readingATracedValueRaisesConcretizationException() {
        ConcretizationException e = assertThrows(ConcretizationException.class, () -> makeJaxpr(x -> {
            if (x.floatValue() > 0) return x;
            return Lax.neg(x);
        }, ShapeDtype.of(DType.FLOAT32)));
        assertTrue(e.getMessage().startsWith("Abstract tracer value encountered where concrete value is expected: traced array with shape float32[]."),
                e.getMessage());
        assertTrue(e.getMessage().contains("floatValue()"), e.getMessage());
        assertTrue(e.getMessage().contains("make_jaxpr"), e.getMessage());
        assertTrue(e.getMessage().contains("Jnp.where"), e.getMessage());
    }
}
