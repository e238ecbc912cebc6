package org.jaxpresso.transform.jit.passes;

import static org.jaxpresso.Jax.jit;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.transform.jit.passes.DeadCodeEliminationTest.oneLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

class CommonSubexpressionEliminationTest {
    private final Array x = Samples.f32(new float[] {0.5f, -1f, 2f}, 3);

    private ClosedJaxpr cse(ClosedJaxpr staged, Array... args) {
        ClosedJaxpr out = CommonSubexpressionElimination.apply(staged);
        PassChecks.assertSameComputation(staged, out, List.of(args));
        return out;
    }

    @Test
    void mergesARepeatedEquationAndReadsTheFirstOnesOutput() {
        ClosedJaxpr out = cse(makeJaxpr(v -> Lax.add(Lax.sin(v), Lax.sin(v)), x), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = add b b in (c,) }", oneLine(out));
    }

    @Test
    void mergesChainsLevelByLevel() {
        ClosedJaxpr out = cse(makeJaxpr(v -> Lax.mul(Lax.exp(Lax.cos(v)), Lax.exp(Lax.cos(v))), x), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = cos a; c:f32[3] = exp b; d:f32[3] = mul c c in (d,) }", oneLine(out));
    }

    @Test
    void comparesParamsByValue() {
        ClosedJaxpr out = cse(makeJaxpr(v -> Lax.add(Lax.add(Lax.integerPow(v, 2), Lax.integerPow(v, 2)), Lax.integerPow(v, 3)), x), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = integer_pow[y=2] a; c:f32[3] = add b b; d:f32[3] = integer_pow[y=3] a;"
                + " e:f32[3] = add c d in (e,) }", oneLine(out));
    }

    @Test
    void comparesLiteralsByValueAndType() {
        Array two = Jnp.array(2.0f, DType.FLOAT32);
        Array twoAgain = Jnp.array(2.0f, DType.FLOAT32);
        Array three = Jnp.array(3.0f, DType.FLOAT32);
        ClosedJaxpr out = cse(makeJaxpr(v -> {
            Array s = Lax.reduceSum(v, 0);
            return Lax.add(Lax.add(Lax.mul(s, two), Lax.mul(s, twoAgain)), Lax.mul(s, three));
        }, x), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[] = reduce_sum[axes=(0,) out_sharding=None] a; c:f32[] = mul b 2.0:f32[];"
                + " d:f32[] = add c c; e:f32[] = mul b 3.0:f32[]; f:f32[] = add d e in (f,) }", oneLine(out));
    }

    @Test
    void mergesTwoCallsOfOneJittedFunctionButNotOfTwo() {
        Fn1 body = v -> Lax.sin(v);
        Fn1 f = jit(body);
        Fn1 g = jit(body);
        ClosedJaxpr same = cse(makeJaxpr(v -> Lax.add(f.apply(v), f.apply(v)), x), x);
        assertEquals(2, same.eqns().size(), oneLine(same));
        ClosedJaxpr different = cse(makeJaxpr(v -> Lax.add(f.apply(v), g.apply(v)), x), x);
        assertEquals(3, different.eqns().size(), "distinct staged functions compare by identity: " + oneLine(different));
    }

    @Test
    void mergesInsideNestedCalls() {
        Fn1 inner = jit(v -> Lax.add(Lax.sin(v), Lax.sin(v)));
        ClosedJaxpr out = cse(makeJaxpr(v -> Lax.neg(inner.apply(v)), x), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = jit[ name=<lambda> jaxpr={ lambda ; a:f32[3]. let c:f32[3] = sin a;"
                + " b:f32[3] = add c c in (b,) } ] a; d:f32[3] = neg b in (d,) }", oneLine(out));
    }

    @Test
    void returnsTheSameJaxprWhenNothingRepeats() {
        ClosedJaxpr staged = makeJaxpr(v -> Lax.cos(Lax.sin(v)), x);
        assertSame(staged, CommonSubexpressionElimination.apply(staged));
    }
}
