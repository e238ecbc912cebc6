package org.jaxpresso.transform.jit;

import static org.jaxpresso.Jax.jit;
import static org.jaxpresso.Jax.lower;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeDtype;
import org.jaxpresso.debug.DebugTestAccess;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * jit prints and binds the staged jaxpr but executes the optimised one: make_jaxpr is unchanged,
 * {@code lower} shows both, the debug switch reports cache misses and compilations.
 */
class JitExecutionTest {
    private final Array x = Samples.f32(new float[] {0.5f, -1f, 2f}, 3);
    private final Array two = Samples.f32(2f);

    /** sin(x) computed twice, a dead exp, and 2*2 folded. */
    private static Array wasteful(Array v, Array two) {
        Lax.exp(v);
        return Lax.mul(Lax.add(Lax.sin(v), Lax.sin(v)), Lax.mul(two, two));
    }

    @Test
    void makeJaxprStillPrintsTheStagedJaxpr() {
        Fn1 f = jit(v -> wasteful(v, two));
        f.apply(x); // compiled and executed first: printing must not see the optimised copy
        assertEquals("""
                { lambda ; a:f32[3]. let
                    b:f32[3] = jit[
                      name=<lambda>
                      jaxpr={ lambda ; a:f32[3]. let
                          _:f32[3] = exp a
                          c:f32[3] = sin a
                          d:f32[3] = sin a
                          e:f32[3] = add c d
                          f:f32[] = mul 2.0:f32[] 2.0:f32[]
                          b:f32[3] = mul e f
                        in (b,) }
                    ] a
                  in (b,) }""", makeJaxpr(f, x).toString());
    }

    @Test
    void executesTheOptimisedJaxprWithTheSameValues() {
        Fn1 f = jit(v -> wasteful(v, two));
        float[] expected = new float[3];
        float[] in = {0.5f, -1f, 2f};
        for (int i = 0; i < 3; i++) {
            float s = (float) Math.sin(in[i]);
            expected[i] = (s + s) * 4f;
        }
        assertArrayEquals(expected, f.apply(x).toFloatArray());
        Lowered l = lower(f, x);
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = add b b; d:f32[3] = mul c 4.0:f32[] in (d,) }",
                org.jaxpresso.transform.jit.passes.PassesText.oneLine(l.optimized()));
        assertEquals(6, l.staged().eqns().size());
    }

    @Test
    void lowerShowsTheStagedAndOptimisedJaxprs() {
        Fn2 f = (v, w) -> Lax.add(Lax.mul(v, w), Lax.mul(v, w));
        String text = lower(f, x, ShapeDtype.of(DType.FLOAT32, 3)).toString();
        assertEquals("""
                jit(<lambda>) staged jaxpr:
                { lambda ; a:f32[3] b:f32[3]. let
                    c:f32[3] = mul a b
                    d:f32[3] = mul a b
                    e:f32[3] = add c d
                  in (e,) }
                optimised jaxpr (3 -> 2 equations):
                { lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul a b; d:f32[3] = add c c in (d,) }
                generated code:
                  fused vector f32[3] <- mul(in0, in1)
                  fused vector f32[3] <- add(in0, in0)
                """, text);
    }

    @Test
    void lowerOfAJittedFunctionShowsThatFunction() {
        Fn1 f = jit(v -> Lax.neg(Lax.neg(v)), org.jaxpresso.Jax.name("double_negation"));
        Lowered l = lower(f, x);
        assertEquals("double_negation", l.name());
        assertEquals("{ lambda ; a:f32[3]. let b:f32[3] = neg a; c:f32[3] = neg b in (c,) }", l.staged().toString());
        assertEquals(l.staged(), l.optimized(), "nothing to optimise");
        assertTrue(l.staged() != l.optimized(), "but the executable holds a copy, not the staged jaxpr (the registry's weak key)");
    }

    @Test
    void debugLevelOneReportsCacheMissesAndCompilationsOnly() {
        Fn1 f = jit(v -> Lax.sin(v), org.jaxpresso.Jax.name("sine"));
        String first = DebugTestAccess.stderrAtLevel("1", () -> f.apply(x));
        List<String> lines = first.lines().toList();
        assertEquals(2, lines.size(), first);
        assertTrue(lines.get(0).matches("\\[jaxpresso] jit\\(sine\\): cache miss for \\[float32\\[3]], traced in [0-9.,]+ ms, 1 equations"),
                lines.get(0));
        assertTrue(lines.get(1).matches("\\[jaxpresso] jit\\(sine\\): compiled in [0-9.,]+ ms, 1 -> 1 equations"), lines.get(1));
        assertEquals("", DebugTestAccess.stderrAtLevel("1", () -> f.apply(x)), "a cache hit prints nothing");
        String traceOnly = DebugTestAccess.stderrAtLevel("1", () -> makeJaxpr(f, Samples.f32(1f)));
        assertEquals(1, traceOnly.lines().count(), "staged for make_jaxpr only: traced, never compiled\n" + traceOnly);
    }

    @Test
    void debugLevelTwoAlsoPrintsTheJaxprs() {
        Fn1 f = jit(v -> Lax.cos(v), org.jaxpresso.Jax.name("cosine"));
        String out = DebugTestAccess.stderrAtLevel("2", () -> f.apply(x));
        assertTrue(out.contains("[jaxpresso] jit(cosine) staged jaxpr:\n{ lambda ; a:f32[3]. let b:f32[3] = cos a in (b,) }\n"), out);
        assertTrue(out.contains("[jaxpresso] jit(cosine) optimised jaxpr:\n{ lambda ; a:f32[3]. let b:f32[3] = cos a in (b,) }\n"), out);
    }
}
