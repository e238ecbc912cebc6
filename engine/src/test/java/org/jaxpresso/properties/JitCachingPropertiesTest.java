package org.jaxpresso.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.testkit.RandomArrays;
import org.jaxpresso.testkit.Samples;
import org.jaxpresso.testkit.Stacking;
import org.junit.jupiter.api.Test;

/**
 * jit's cache against a model of it: a jitted function traces its Python (here Java) function
 * once per distinct key — the arguments' pytree structure, each leaf's shape, dtype and weak
 * type, and the static arguments — and reuses the staged function for every later call with that
 * key. Random call sequences (fixed seeds) mix shapes, dtypes, Java scalars (weak) and 0-d arrays
 * (strong) of one dtype, lists of one or two leaves, and a static argument; a Java side effect
 * in the function counts its traces, which must equal the number of distinct keys seen so far
 * after every call, and every result must equal the function run eagerly (weak types included).
 */
class JitCachingPropertiesTest {
    private static final int SEQUENCES = 60;
    private static final int CALLS = 25;
    private static final List<Shape> SHAPES = List.of(Shape.SCALAR, Shape.of(2), Shape.of(3), Shape.of(2, 3), Shape.of(0, 2));
    private static final List<DType> DTYPES = List.of(DType.FLOAT32, DType.INT32, DType.BOOL);

    /** The jitted function: each leaf doubled (or, for bool, or-ed with itself) and times the static factor, plus the leaves' sum. */
    private static Object body(Object[] args) {
        @SuppressWarnings("unchecked")
        List<Object> leaves = (List<Object>) args[0];
        int factor = (Integer) args[1];
        List<Array> out = new ArrayList<>();
        for (Object leaf : leaves) {
            Array x = Jnp.add(leaf, leaf);
            out.add(x.dtype() == DType.BOOL ? x : Jnp.multiply(x, factor));
        }
        out.add(Jnp.sum(leaves.getFirst()));
        return out;
    }

    /** One random argument leaf and its cache-key part: a Java scalar (weak) or an array (strong). */
    private record Leaf(Object value, String key) {}

    private static Leaf randomLeaf(Random r) {
        DType t = DTYPES.get(r.nextInt(DTYPES.size()));
        Shape s = SHAPES.get(r.nextInt(SHAPES.size()));
        if (s.rank() == 0 && t != DType.BOOL && r.nextBoolean()) {
            Object v = t == DType.FLOAT32 ? (Object) ((r.nextInt(9) - 4) / 2f) : (Object) (r.nextInt(9) - 4);
            return new Leaf(v, "~" + t + "[]");
        }
        Array a = RandomArrays.of(new ShapedArray(s, t), r);
        return new Leaf(a, t + s.toString());
    }

    @Test
    void jitTracesOncePerDistinctKeyAndEveryCallEqualsTheEagerFunction() {
        List<String> failures = new ArrayList<>();
        for (long seed = 0; seed < SEQUENCES; seed++) {
            Random r = new Random(seed * 31 + 5);
            AtomicInteger traces = new AtomicInteger();
            FnN jf = Jax.jit((FnN) args -> {
                traces.incrementAndGet();
                return body(args);
            }, Jax.staticArgnums(1));
            Set<String> keys = new HashSet<>();
            List<String> calls = new ArrayList<>();
            try {
                for (int call = 0; call < CALLS; call++) {
                    int n = 1 + r.nextInt(2);
                    List<Object> leaves = new ArrayList<>();
                    StringBuilder key = new StringBuilder("[");
                    for (int i = 0; i < n; i++) {
                        Leaf l = randomLeaf(r);
                        leaves.add(l.value());
                        key.append(i == 0 ? "" : ", ").append(l.key());
                    }
                    int factor = 1 + r.nextInt(2);
                    key.append("] static ").append(factor);
                    keys.add(key.toString());
                    calls.add(key.toString());
                    List<Array> expected = JitCase.asList(body(new Object[] {leaves, factor}));
                    List<Array> actual = JitCase.asList(jf.apply(leaves, factor));
                    JitPropertiesTest.assertSameWeak(expected, actual, "call " + call);
                    assertEquals(keys.size(), traces.get(), "traces after call " + call + " (distinct keys so far: " + keys + ")");
                }
            } catch (Throwable t) {
                failures.add("sequence seed " + seed + ", calls " + calls + ":\n" + t);
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + " of " + SEQUENCES + " call sequences failed\n" + String.join("\n", failures.subList(0, Math.min(3, failures.size()))));
    }

    /** Under vmap, jit traces with the per-example types: mapping the same jitted function again over the same shapes does not retrace. */
    @Test
    void vmapOfAJittedFunctionTracesItOncePerExampleType() {
        Random r = new Random(17);
        AtomicInteger traces = new AtomicInteger();
        Fn1 f = x -> {
            traces.incrementAndGet();
            return Jnp.add(Jnp.multiply(x, x), 1);
        };
        Fn1 jf = Jax.jit(f);
        Fn1 vf = Jax.vmap(jf);
        ShapedArray example = new ShapedArray(Shape.of(3), DType.FLOAT32);
        for (int call = 0; call < 3; call++) {
            List<Array> examples = new ArrayList<>();
            for (int b = 0; b < 4; b++) examples.add(RandomArrays.of(example, r));
            Array out = vf.apply(Stacking.stack(examples, 0));
            List<Array> expected = new ArrayList<>();
            for (Array x : examples) {
                float[] v = x.toFloatArray();
                float[] e = new float[v.length];
                for (int i = 0; i < v.length; i++) e[i] = v[i] * v[i] + 1;
                expected.add(Samples.f32(e, 3));
            }
            VmapPropertiesTest.assertSame(List.of(Stacking.stack(expected, 0)), List.of(out), "vmap(jit(f)) call " + call);
            assertEquals(1, traces.get(), "traces after vmap call " + call);
        }
        jf.apply(RandomArrays.of(new ShapedArray(Shape.of(5), DType.FLOAT32), r));
        assertEquals(2, traces.get(), "a new example shape retraces");
    }
}
