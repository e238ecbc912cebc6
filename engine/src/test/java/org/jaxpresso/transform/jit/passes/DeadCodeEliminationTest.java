package org.jaxpresso.transform.jit.passes;

import static org.jaxpresso.Jax.jit;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

class DeadCodeEliminationTest {
    private final Array x = Samples.f32(new float[] {0.5f, -1f, 2f}, 3);

    private ClosedJaxpr dce(ClosedJaxpr staged, Array... args) {
        ClosedJaxpr out = DeadCodeElimination.apply(staged);
        PassChecks.assertSameComputation(staged, out, List.of(args));
        return out;
    }

    @Test
    void dropsAnEquationWhoseOutputIsUnused() {
        ClosedJaxpr staged = makeJaxpr(v -> {
            Lax.sin(v);
            return Lax.cos(v);
        }, x);
        assertEquals("{ lambda ; a:f32[3]. let _:f32[3] = sin a; b:f32[3] = cos a in (b,) }", oneLine(staged));
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = cos a in (b,) }", dce(staged, x).toString());
    }

    @Test
    void dropsAWholeDeadChainInOneRun() {
        ClosedJaxpr out = dce(makeJaxpr(v -> {
            Lax.exp(Lax.neg(Lax.sin(v)));
            return Lax.cos(v);
        }, x), x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = cos a in (b,) }", out.toString());
    }

    @Test
    void dropsConstvarsOnlyDeadEquationsRead() {
        Array c = Samples.f32(new float[] {1f, 2f, 3f}, 3);
        ClosedJaxpr staged = makeJaxpr(v -> {
            Lax.add(v, c);
            return Lax.sin(v);
        }, x);
        assertEquals(1, staged.consts().size());
        ClosedJaxpr out = dce(staged, x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }", out.toString());
        assertEquals(List.of(), out.consts());
    }

    @Test
    void keepsUnusedInvarsAndAnEquationWithAnyLiveOutput() {
        Fn2 f = (v, w) -> Lax.reduceSum(Lax.mul(v, v), 0);
        ClosedJaxpr staged = makeJaxpr(f, x, x);
        ClosedJaxpr out = dce(staged, x, x);
        assertSame(staged, out, "nothing to remove: the same jaxpr back");
        assertEquals("{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul a a; d:f32[] = reduce_sum[axes=(0,) out_sharding=None] c in (d,) }",
                oneLine(out));
    }

    @Test
    void cleansTheJaxprOfANestedJitCallAndKeepsItsSignature() {
        Fn1 inner = jit(v -> {
            Lax.exp(v);
            return Lax.sin(v);
        });
        ClosedJaxpr staged = makeJaxpr(v -> Lax.neg(inner.apply(v)), x);
        ClosedJaxpr out = dce(staged, x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = jit[ name=<lambda> jaxpr={ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) } ] a;"
                + " c:f32[3] = neg b in (c,) }", oneLine(out));
    }

    /** The printed jaxpr with its line breaks folded into spaces and equations separated by {@code ;}. */
    static String oneLine(ClosedJaxpr j) {
        return j.toString().replaceAll("\n\\s*in ", " in ").replaceAll("let\n\\s*", "let ").replaceAll("\n\\s*(?=[a-z_]+:[a-z0-9]+\\[)", "; ")
                .replaceAll("\n\\s*", " ");
    }
}
