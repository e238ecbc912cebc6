package org.jaxpresso.transform.jit.passes;

import static org.jaxpresso.Jax.jit;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.transform.jit.passes.DeadCodeEliminationTest.oneLine;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class ConstantFoldingTest {
    private final Array x = Samples.f32(new float[] {0.5f, -1f, 2f}, 3);
    private final Array c = Samples.f32(new float[] {1f, 2f, 3f}, 3);
    private final Array two = Jnp.array(2.0f, DType.FLOAT32);

    private ClosedJaxpr fold(ClosedJaxpr staged, Array... args) {
        ClosedJaxpr out = ConstantFolding.apply(staged);
        PassChecks.assertSameComputation(staged, out, List.of(args));
        return out;
    }

    @Test
    void aScalarResultBecomesALiteral() {
        ClosedJaxpr staged = makeJaxpr(v -> Lax.mul(Lax.reduceSum(v, 0), Lax.sin(two)), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[] = reduce_sum[axes=(0,) out_sharding=None] a; c:f32[] = sin 2.0:f32[];"
                + " d:f32[] = mul b c in (d,) }", oneLine(staged));
        // float32(sin(2.0)) = 0.9092974066734314 (numpy)
        assertEquals("{ lambda ; a:f32[3]. let b:f32[] = reduce_sum[axes=(0,) out_sharding=None] a;"
                + " c:f32[] = mul b 0.9092974066734314:f32[] in (c,) }", oneLine(fold(staged, x)));
    }

    @Test
    void aLargerResultBecomesAConstvarAndChainsFold() {
        ClosedJaxpr staged = makeJaxpr(v -> Lax.add(v, Lax.neg(Lax.mul(c, Lax.broadcastInDim(two, new int[] {3}, new int[] {})))), x);
        ClosedJaxpr folded = fold(staged, x);
        assertEquals(List.of(org.jaxpresso.core.Binary.ADD), folded.eqns().stream().map(e -> e.primitive()).toList(), oneLine(folded));
        ClosedJaxpr optimized = Pipeline.optimize(staged);
        assertEquals("{ lambda a:f32[3]; b:f32[3]. let c:f32[3] = add b a in (c,) }", oneLine(optimized));
        assertArrayEquals(new float[] {-2f, -4f, -6f}, ((Array) optimized.consts().getFirst()).toFloatArray());
    }

    @Test
    void foldsOnlyResultsUpToTheSizeLimit() {
        ClosedJaxpr staged = makeJaxpr(v -> Lax.add(v, Lax.neg(c)), x);
        assertSame(staged, ConstantFolding.apply(staged, 2), "a 3-element result is over a limit of 2");
        assertEquals(1, ConstantFolding.apply(staged, 3).eqns().size());
        Array big = Jnp.zeros(new int[] {1001}, DType.FLOAT32);
        ClosedJaxpr large = makeJaxpr(v -> Lax.add(Lax.reduceSum(v, 0), Lax.reduceSum(Lax.neg(big), 0)), x);
        assertEquals(4, large.eqns().size());
        assertSame(large, fold(large, x), "neg of 1,001 elements is over the default limit, so its sum cannot fold either");
    }

    @Test
    void leavesEquationsThatReadInputs() {
        ClosedJaxpr staged = makeJaxpr(v -> Lax.mul(Lax.sin(v), c), x);
        assertSame(staged, ConstantFolding.apply(staged));
    }

    @Test
    void foldsInsideNestedCalls() {
        Fn1 inner = jit(v -> Lax.add(v, Lax.cos(Jnp.array(1.0f, DType.FLOAT32))));
        ClosedJaxpr staged = makeJaxpr(v -> Lax.neg(inner.apply(v)), Samples.f32(0.25f));
        // float32(cos(1.0)) = 0.5403022766113281 (numpy)
        assertEquals("{ lambda ; a:f32[]. let b:f32[] = jit[ name=<lambda> jaxpr={ lambda ; a:f32[]. let"
                + " b:f32[] = add a 0.5403022766113281:f32[] in (b,) } ] a; c:f32[] = neg b in (c,) }",
                oneLine(fold(staged, Samples.f32(0.25f))));
    }
}
