package org.jaxpresso.transform.jit;

import static org.jaxpresso.Jax.jit;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.Jax.name;
import static org.jaxpresso.Jax.vmap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.Fn3;
import org.jaxpresso.FnN;
import org.jaxpresso.Jnp;
import org.jaxpresso.core.JaxprChecker;
import org.junit.jupiter.api.Test;

/** jit's printed form: JAXPR.md G2–G5 and G31 byte for byte, name reuse, hoisting and name clashes. */
class JitJaxprTest {
    private final Array x42 = Jnp.array(new float[] {4.2f});

    @Test
    void g2IdentityWithAnAliasedArgument() {
        Fn2 f = jit((x, y) -> x);
        assertEquals("""
                { lambda ; a:f32[1]. let
                    b:f32[1] = jit[
                      name=<lambda>
                      jaxpr={ lambda ; a:f32[1] c:f32[1]. let  in (a,) }
                    ] a a
                    d:f32[1] = add a b
                  in (d,) }""", makeJaxpr(y -> y.add(f.apply(y, y)), x42).toString());
    }

    @Test
    void g3LiteralArgument() {
        Fn2 f = jit((x, y) -> x.mul(y));
        Array one = Jnp.array(1.0f, DType.FLOAT32);
        assertEquals("""
                { lambda ; a:f32[1]. let
                    b:f32[1] = jit[
                      name=<lambda>
                      jaxpr={ lambda ; a:f32[1] c:f32[]. let b:f32[1] = mul a c in (b,) }
                    ] a 1.0:f32[]
                  in (b,) }""", makeJaxpr(x -> f.apply(x, one), x42).toString());
    }

    @Test
    void g4SameArgumentThreeTimes() {
        Fn3 f = jit((x, y, z) -> x.mul(y).mul(z));
        assertEquals("""
                { lambda ; a:f32[1]. let
                    b:f32[1] = jit[
                      name=<lambda>
                      jaxpr={ lambda ; a:f32[1] c:f32[1] d:f32[1]. let
                          e:f32[1] = mul a c
                          b:f32[1] = mul e d
                        in (b,) }
                    ] a a a
                  in (b,) }""", makeJaxpr(x -> f.apply(x, x, x), x42).toString());
    }

    @Test
    void g5LiteralOutputAndTwoOutputs() {
        FnN f = jit((FnN) args -> List.of(Jnp.array(2), args[0]));
        assertEquals("""
                { lambda ; a:f32[1]. let
                    b:i32[] c:f32[1] = jit[
                      name=<lambda>
                      jaxpr={ lambda ; a:f32[1]. let  in (2:i32[], a) }
                    ] a
                  in (b, c) }""", makeJaxpr(f, x42).toString());
    }

    @Test
    void g31ClosedOverTracersBecomeLeadingArguments() {
        Fn1 func12 = arg -> {
            Fn1 inner = jit(x -> x.add(arg.mul(Jnp.ones(1))), name("inner"));
            return arg.add(inner.apply(arg.sub(2.)));
        };
        var j = makeJaxpr(func12, 1.0);
        JaxprChecker.check(j);
        assertEquals("""
                { lambda ; a:f32[]. let
                    b:f32[] = sub a 2.0:f32[]
                    c:f32[1] = jit[
                      name=inner
                      jaxpr={ lambda ; a:f32[] b:f32[]. let
                          d:f32[1] = broadcast_in_dim 1.0:f32[]
                          e:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a
                          f:f32[1] = mul e d
                          g:f32[] = convert_element_type[new_dtype=float32 weak_type=False] b
                          c:f32[1] = add g f
                        in (c,) }
                    ] a b
                    h:f32[] = convert_element_type[new_dtype=float32 weak_type=False] a
                    i:f32[1] = add h c
                  in (i,) }""", j.toString());
    }

    static Array sine(Array x) { return Jnp.sin(x); }

    @Test
    void aFunctionCalledTwiceIsHoistedUnderItsMethodName() {
        Fn1 f = jit(JitJaxprTest::sine);
        // The shared jaxpr is printed first; its name is then reserved, so the counter skips "sine"'s
        // letters only if they collide (here: no clash), and call sites print jaxpr=sine.
        assertEquals("""
                let sine = { lambda ; a:f32[]. let b:f32[] = sin a in (b,) } in
                { lambda ; c:f32[]. let
                    d:f32[] = jit[name=sine jaxpr=sine] c
                    e:f32[] = jit[name=sine jaxpr=sine] d
                  in (e,) }""", makeJaxpr(x -> f.apply(f.apply(x)), 1.0f).toString());
    }

    @Test
    void hoistedNamesGetCountersOnClashesAndAreSkippedByTheVariableCounter() {
        Fn1 f = jit(x -> Jnp.sin(x), name("f"));
        Fn1 g = jit(x -> Jnp.cos(x), name("f"));
        assertEquals("""
                let f = { lambda ; a:f32[]. let b:f32[] = sin a in (b,) } in
                let f1 = { lambda ; c:f32[]. let d:f32[] = cos c in (d,) } in
                { lambda ; e:f32[]. let
                    g:f32[] = jit[name=f jaxpr=f] e
                    h:f32[] = jit[name=f jaxpr=f] g
                    i:f32[] = jit[name=f jaxpr=f1] h
                    j:f32[] = jit[name=f jaxpr=f1] i
                  in (j,) }""", makeJaxpr(x -> g.apply(g.apply(f.apply(f.apply(x)))), 1.0f).toString());
    }

    @Test
    void vmapOfJitBatchesTheBodyAndKeepsTheName() {
        Fn1 f = jit(x -> Jnp.sum(x.mul(x)), name("sumsq"));
        var j = makeJaxpr(vmap(f), Jnp.ones(4, 3));
        JaxprChecker.check(j);
        assertEquals("""
                { lambda ; a:f32[4,3]. let
                    b:f32[4] = jit[
                      name=sumsq
                      jaxpr={ lambda ; a:f32[4,3]. let
                          c:f32[4,3] = mul a a
                          b:f32[4] = reduce_sum[axes=(1,) out_sharding=None] c
                        in (b,) }
                    ] a
                  in (b,) }""", j.toString());
    }

    @Test
    void jnpConvolveIsJaxsNestOfJits() {
        // jax-v0.10.0 lax_numpy.py: jit(convolve) -> jit(_conv) -> jit(flip) -> jit(_flip) -> rev;
        // x[None, None, :] is expand_dims (broadcast_in_dim); result[0, 0, :] is slice + squeeze.
        assertEquals("""
                { lambda ; a:f32[5] b:f32[3]. let
                    c:f32[7] = jit[
                      name=convolve
                      jaxpr={ lambda ; a:f32[5] b:f32[3]. let
                          c:f32[7] = jit[
                            name=_conv
                            jaxpr={ lambda ; a:f32[5] b:f32[3]. let
                                d:f32[3] = jit[
                                  name=flip
                                  jaxpr={ lambda ; b:f32[3]. let
                                      d:f32[3] = jit[
                                        name=_flip
                                        jaxpr={ lambda ; b:f32[3]. let
                                            d:f32[3] = rev[dimensions=(0,)] b
                                          in (d,) }
                                      ] b
                                    in (d,) }
                                ] b
                                e:f32[1,1,5] = broadcast_in_dim[broadcast_dimensions=(2,)] a
                                f:f32[1,1,3] = broadcast_in_dim[broadcast_dimensions=(2,)] d
                                g:f32[1,1,7] = conv_general_dilated[
                                  batch_group_count=1
                                  dimension_numbers=ConvDimensionNumbers(lhs_spec=(0, 1, 2), rhs_spec=(0, 1, 2), out_spec=(0, 1, 2))
                                  feature_group_count=1
                                  lhs_dilation=(1,)
                                  padding=((2, 2),)
                                  precision=None
                                  preferred_element_type=None
                                  rhs_dilation=(1,)
                                  window_strides=(1,)
                                ] e f
                                h:f32[1,1,7] = slice[
                                  limit_indices=(1, 1, 7)
                                  start_indices=(0, 0, 0)
                                  strides=None
                                ] g
                                c:f32[7] = squeeze[dimensions=(0, 1)] h
                              in (c,) }
                          ] a b
                        in (c,) }
                    ] a b
                  in (c,) }""", makeJaxpr((Fn2) Jnp::convolve, Jnp.arange(5.0), Jnp.array(2., 3., 4.)).toString());
    }
}
