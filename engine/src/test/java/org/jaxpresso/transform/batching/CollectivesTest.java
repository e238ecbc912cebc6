package org.jaxpresso.transform.batching;

import static org.jaxpresso.Jax.axisName;
import static org.jaxpresso.Jax.inAxes;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.Jax.vmap;
import static org.jaxpresso.testkit.Samples.assertAllClose;
import static org.jaxpresso.testkit.Samples.f32;
import static org.jaxpresso.testkit.Samples.i32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.AxisException;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.FnN;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.cpu.CpuInterpreter;
import org.jaxpresso.core.AxisIndex;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Collective;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.trace.TraceContext;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * psum, pmean, pmax, pmin and axis_index under named vmap axes, checked against their definition
 * (a reduction over the examples, the same in every example; the example's index), including
 * nested vmaps with two names, JAX's "unbound axis name" error and the jaxprs JAX prints.
 */
class CollectivesTest {
    /** Three examples of shape (2,): rows {1,2}, {3,4}, {5,-6}. */
    private final Array rows = f32(new float[] {1, 2, 3, 4, 5, -6}, 3, 2);
    /** Three scalar examples. */
    private final Array x = f32(new float[] {1, 2, 4}, 3);
    /** 2 × 3 examples for vmap(vmap(f, "j"), "i"). */
    private final Array m = f32(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);

    private static Fn1 named(Fn1 f, String name) { return vmap(f, axisName(name)); }

    // ---- values against the definition ------------------------------------------------------

    @Test
    void psumIsTheSumOverExamplesInEveryExample() {
        Array out = named(v -> Lax.psum(v, "i"), "i").apply(rows);
        // column sums: 1+3+5 = 9, 2+4-6 = 0
        assertAllClose(new float[] {9, 0, 9, 0, 9, 0}, new int[] {3, 2}, out, 0, 0);
    }

    @Test
    void psumOverAMappedAxisThatIsNotFirst() {
        // examples are the columns of m: {1,4}, {2,5}, {3,6}; their sum {6,15} in every example
        Array out = vmap((Fn1) v -> Lax.psum(v, "i"), inAxes(1), axisName("i")).apply(m);
        assertAllClose(new float[] {6, 15, 6, 15, 6, 15}, new int[] {3, 2}, out, 0, 0);
    }

    @Test
    void pmeanCentersTheExamples() {
        Array out = named(v -> Jnp.subtract(v, Lax.pmean(v, "i")), "i").apply(x);
        float mean = 7f / 3f;
        assertAllClose(new float[] {1 - mean, 2 - mean, 4 - mean}, new int[] {3}, out, 1e-6, 1e-7);
    }

    @Test
    void pmeanOfIntegersIsAFloat() {
        Array out = named(v -> Lax.pmean(v, "i"), "i").apply(i32(new int[] {1, 2, 4}, 3));
        assertEquals(DType.FLOAT32, out.dtype());
        float mean = 7f / 3f;
        assertAllClose(new float[] {mean, mean, mean}, new int[] {3}, out, 1e-6, 0);
    }

    @Test
    void pmaxAndPminTakeTheExtremeOverExamples() {
        Array max = named(v -> Lax.pmax(v, "i"), "i").apply(rows);
        Array min = named(v -> Lax.pmin(v, "i"), "i").apply(rows);
        assertAllClose(new float[] {5, 4, 5, 4, 5, 4}, new int[] {3, 2}, max, 0, 0);
        assertAllClose(new float[] {1, -6, 1, -6, 1, -6}, new int[] {3, 2}, min, 0, 0);
    }

    @Test
    void pmaxOfIntegersKeepsTheDtype() {
        Array out = named(v -> Lax.pmax(v, "i"), "i").apply(i32(new int[] {7, -2, 9, 0}, 4));
        assertEquals(DType.INT32, out.dtype());
        assertArrayEquals(new int[] {9, 9, 9, 9}, out.toIntArray());
    }

    @Test
    void axisIndexCountsTheExamples() {
        Array out = named(v -> Lax.axisIndex("i"), "i").apply(f32(new float[] {9, 9, 9, 9}, 4));
        assertEquals(DType.INT32, out.dtype());
        assertArrayEquals(new int[] {0, 1, 2, 3}, out.toIntArray());
        Array scaled = named(v -> Jnp.multiply(v, Lax.axisIndex("i")), "i").apply(x);
        assertAllClose(new float[] {0, 2, 8}, new int[] {3}, scaled, 0, 0);
    }

    @Test
    void psumOfAnUnbatchedValueIsValueTimesSize() {
        Fn2 f = (v, w) -> Jnp.add(v, Lax.psum(w, "i"));
        Array out = vmap(f, inAxes(0, null), axisName("i")).apply(x, f32(5f));
        assertAllClose(new float[] {16, 17, 19}, new int[] {3}, out, 0, 0);
        // a Java scalar is a constant: 2.0 * 3
        Array c = named(v -> Lax.psum(Jnp.asarray(2.0), "i"), "i").apply(x);
        assertAllClose(new float[] {6, 6, 6}, new int[] {3}, c, 0, 0);
        // pmax of an unbatched value is the value
        Array mx = vmap((Fn2) (v, w) -> Lax.pmax(w, "i"), inAxes(0, null), axisName("i")).apply(x, f32(5f));
        assertAllClose(new float[] {5, 5, 5}, new int[] {3}, mx, 0, 0);
    }

    @Test
    void psumOfBoolsCountsTheTrueExamples() {
        Array flags = Samples.bool(new boolean[] {true, false, true, true}, 4);
        Array out = named(v -> Lax.psum(v, "i"), "i").apply(flags);
        assertEquals(DType.INT32, out.dtype());
        assertArrayEquals(new int[] {3, 3, 3, 3}, out.toIntArray());
    }

    @Test
    void psumOfAPytreeReducesEveryLeaf() {
        FnN f = args -> Lax.psum(List.of(args[0], args[1]), "i");
        Object out = vmap(f, inAxes(0, null), axisName("i")).apply(x, f32(5f));
        List<?> leaves = (List<?>) out;
        assertAllClose(new float[] {7, 7, 7}, new int[] {3}, (Array) leaves.get(0), 0, 0);
        assertAllClose(new float[] {15, 15, 15}, new int[] {3}, (Array) leaves.get(1), 0, 0);
    }

    // ---- nested vmaps with two names ---------------------------------------------------------

    private Array nested(Fn1 f) { return vmap(vmap(f, axisName("j")), axisName("i")).apply(m); }

    @Test
    void nestedPsumOverTheOuterName() {
        // sum over i (rows of m): {5, 7, 9} in every row
        assertAllClose(new float[] {5, 7, 9, 5, 7, 9}, new int[] {2, 3}, nested(v -> Lax.psum(v, "i")), 0, 0);
    }

    @Test
    void nestedPsumOverTheInnerName() {
        // sum over j (columns): 6 in row 0, 15 in row 1
        assertAllClose(new float[] {6, 6, 6, 15, 15, 15}, new int[] {2, 3}, nested(v -> Lax.psum(v, "j")), 0, 0);
    }

    @Test
    void nestedPsumOverBothNamesInEitherOrder() {
        float[] all = {21, 21, 21, 21, 21, 21};
        assertAllClose(all, new int[] {2, 3}, nested(v -> Lax.psum(v, "i", "j")), 0, 0);
        assertAllClose(all, new int[] {2, 3}, nested(v -> Lax.psum(v, "j", "i")), 0, 0);
    }

    @Test
    void nestedPmeanPmaxAndPminPerName() {
        assertAllClose(new float[] {2.5f, 3.5f, 4.5f, 2.5f, 3.5f, 4.5f}, new int[] {2, 3}, nested(v -> Lax.pmean(v, "i")), 1e-6, 0);
        assertAllClose(new float[] {3, 3, 3, 6, 6, 6}, new int[] {2, 3}, nested(v -> Lax.pmax(v, "j")), 0, 0);
        assertAllClose(new float[] {1, 1, 1, 1, 1, 1}, new int[] {2, 3}, nested(v -> Lax.pmin(v, "i", "j")), 0, 0);
    }

    @Test
    void nestedAxisIndexPerNameAndRowMajorOverBoth() {
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, nested(v -> Lax.axisIndex("i")).toIntArray());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, nested(v -> Lax.axisIndex("j")).toIntArray());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, nested(v -> Lax.axisIndex("i", "j")).toIntArray());
    }

    @Test
    void innerBindingOfTheSameNameShadowsTheOuter() {
        Array out = vmap(vmap((Fn1) v -> Lax.psum(v, "i"), axisName("i")), axisName("i")).apply(m);
        assertAllClose(new float[] {6, 6, 6, 15, 15, 15}, new int[] {2, 3}, out, 0, 0);
    }

    // ---- unbound names -----------------------------------------------------------------------

    @Test
    void namesNoVmapBindsAreErrors() {
        assertEquals("unbound axis name: i", assertThrows(AxisException.class, () -> Lax.psum(x, "i")).getMessage());
        assertEquals("unbound axis name: i", assertThrows(AxisException.class, () -> Lax.pmean(x, "i")).getMessage());
        assertEquals("unbound axis name: i", assertThrows(AxisException.class, () -> Lax.pmax(x, "i")).getMessage());
        assertEquals("unbound axis name: i", assertThrows(AxisException.class, () -> Lax.pmin(x, "i")).getMessage());
        assertEquals("unbound axis name: k", assertThrows(AxisException.class, () -> Lax.axisIndex("k")).getMessage());
        assertEquals("unbound axis name: j",
                assertThrows(AxisException.class, () -> named(v -> Lax.psum(v, "j"), "i").apply(x)).getMessage());
        assertEquals("unbound axis name: i",
                assertThrows(AxisException.class, () -> vmap((Fn1) v -> Lax.psum(v, "i")).apply(x)).getMessage());
        assertEquals("unbound axis name: i",
                assertThrows(AxisException.class, () -> makeJaxpr((Fn1) v -> Lax.psum(v, "i"), x)).getMessage());
        assertEquals("unbound axis name: i",
                assertThrows(AxisException.class, () -> makeJaxpr((Fn1) v -> Lax.axisIndex("i"), x)).getMessage());
    }

    @Test
    void theEagerBackendRejectsANamedAxis() {
        CpuInterpreter cpu = new CpuInterpreter();
        ShapedArray vec = new ShapedArray(Shape.of(3), DType.FLOAT32, false);
        ShapedArray scalar = new ShapedArray(Shape.SCALAR, DType.FLOAT32, false);
        Buffer data = Buffer.wrap(new float[] {1, 2, 4});
        AxisException e = assertThrows(AxisException.class, () -> cpu.execute(new Collective(Collective.Op.PSUM, List.of("i")),
                List.of(data), List.of(vec), List.of(vec)));
        assertEquals("unbound axis name: i", e.getMessage());
        AxisException e2 = assertThrows(AxisException.class,
                () -> cpu.execute(new AxisIndex("i"), List.of(), List.of(), List.of(ShapedArray.scalar(DType.INT32))));
        assertEquals("unbound axis name: i", e2.getMessage());
        // positional axes only: a plain reduction
        List<Buffer> sum = cpu.execute(new Collective(Collective.Op.PSUM, List.of(0)), List.of(data), List.of(vec), List.of(scalar));
        assertEquals(7.0, ((Number) sum.getFirst().getBoxed(0)).doubleValue());
    }

    @Test
    void aPositionalCollectiveEvaluatesEagerlyAsAReduction() {
        List<Array> out = TraceContext.bind(new Collective(Collective.Op.PMAX, List.of(1)), List.of(rows));
        assertAllClose(new float[] {2, 4, 5}, new int[] {3}, out.getFirst(), 0, 0);
        AxisException e = assertThrows(AxisException.class,
                () -> TraceContext.bind(new Collective(Collective.Op.PSUM, List.of(2)), List.of(rows)));
        assertEquals("psum axis 2 is out of bounds for array of rank 2.", e.getMessage());
    }

    // ---- jaxprs as JAX prints them -------------------------------------------------------------

    private static String jaxpr(ClosedJaxpr j) {
        JaxprChecker.check(j);
        return j.toString();
    }

    @Test
    void pmeanJaxpr() {
        assertEquals("""
                { lambda ; a:f32[3]. let
                    b:f32[] = psum[axes=(0,) axis_index_groups=None] a
                    c:f32[] = div b 3.0:f32[]
                    d:f32[3] = sub a c
                  in (d,) }""", jaxpr(makeJaxpr(named(v -> Jnp.subtract(v, Lax.pmean(v, "i")), "i"), x)));
    }

    @Test
    void axisIndexJaxprIsAnIota() {
        assertEquals("""
                { lambda ; a:f32[3]. let
                    b:i32[3] = iota[dimension=0 dtype=int32 shape=(3,) sharding=None]\s
                    c:f32[3] = convert_element_type[new_dtype=float32 weak_type=False] b
                    d:f32[3] = mul a c
                  in (d,) }""", jaxpr(makeJaxpr(named(v -> Jnp.multiply(v, Lax.axisIndex("i")), "i"), x)));
    }

    @Test
    void psumOfAnUnbatchedValueJaxprMultipliesBySize() {
        Fn2 f = (v, w) -> Jnp.add(v, Lax.psum(w, "i"));
        assertEquals("""
                { lambda ; a:f32[3] b:f32[]. let
                    c:f32[] = mul 3.0:f32[] b
                    d:f32[3] = add a c
                  in (d,) }""", jaxpr(makeJaxpr(vmap(f, inAxes(0, null), axisName("i")), x, f32(5f))));
    }

    @Test
    void pmaxJaxpr() {
        assertEquals("""
                { lambda ; a:f32[3,2]. let
                    b:f32[2] = pmax[axes=(0,) axis_index_groups=None] a
                    c:f32[2] = sub b 1.0:f32[]
                  in (c,) }""", jaxpr(makeJaxpr(vmap((Fn1) v -> Jnp.subtract(Lax.pmax(v, "i"), 1.0), axisName("i"), org.jaxpresso.Jax.outAxes(null)), rows)));
    }

    @Test
    void nestedPsumJaxprs() {
        Fn1 overI = v -> Lax.psum(v, "i");
        Fn1 overJ = v -> Lax.psum(v, "j");
        Fn1 overBoth = v -> Lax.psum(v, "j", "i");
        assertEquals("""
                { lambda ; a:f32[2,3]. let
                    b:f32[3] = psum[axes=(0,) axis_index_groups=None] a
                    c:f32[2,3] = broadcast_in_dim[broadcast_dimensions=(1,)] b
                  in (c,) }""", jaxpr(makeJaxpr(vmap(vmap(overI, axisName("j")), axisName("i")), m)));
        assertEquals("""
                { lambda ; a:f32[2,3]. let
                    b:f32[2] = psum[axes=(1,) axis_index_groups=None] a
                    c:f32[2,3] = broadcast_in_dim[broadcast_dimensions=(0,)] b
                  in (c,) }""", jaxpr(makeJaxpr(vmap(vmap(overJ, axisName("j")), axisName("i")), m)));
        assertEquals("""
                { lambda ; a:f32[2,3]. let
                    b:f32[] = psum[axes=(1, 0) axis_index_groups=None] a
                  in (b,) }""", jaxpr(makeJaxpr(vmap(vmap(overBoth, axisName("j"), org.jaxpresso.Jax.outAxes(null)),
                axisName("i"), org.jaxpresso.Jax.outAxes(null)), m)));
    }

    @Test
    void mixedPytreeJaxprSplitsUnbatchedAndBatchedLeaves() {
        FnN f = args -> Lax.psum(List.of(args[0], args[1]), "i");
        assertEquals("""
                { lambda ; a:f32[3] b:f32[]. let
                    c:f32[] = mul 3.0:f32[] b
                    d:f32[] = psum[axes=() axis_index_groups=None] c
                    e:f32[] = psum[axes=(0,) axis_index_groups=None] a
                  in (e, d) }""", jaxpr(makeJaxpr(vmap(f, inAxes(0, null), axisName("i"), org.jaxpresso.Jax.outAxes(null)), x, f32(5f))));
    }
}
