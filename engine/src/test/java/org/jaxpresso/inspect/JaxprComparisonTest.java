package org.jaxpresso.inspect;

import static org.jaxpresso.Jax.compare;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.jaxpresso.Jax.vmap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeDtype;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.inspect.ComparisonRow.Status;
import org.jaxpresso.testkit.Tutorial;
import org.junit.jupiter.api.Test;

/** {@code Jax.compare}: the verdict, the aligned rows, the multisets and the text rendering. */
class JaxprComparisonTest {
    private static final ShapeDtype F32_3 = ShapeDtype.of(DType.FLOAT32, 3);
    private static final ShapeDtype F32_3X3 = ShapeDtype.of(DType.FLOAT32, 3, 3);

    private static final ShapeDtype XS = ShapeDtype.of(DType.INT32, 2, 5);
    private static final ShapeDtype WS = ShapeDtype.of(DType.FLOAT32, 2, 3);

    private static List<Status> statuses(JaxprComparison c) { return c.rows().stream().map(ComparisonRow::status).toList(); }

    // ------------------------------------------------------------------------------- the verdict

    @Test
    void twoTracesOfTheSameFunctionAreTheSameComputation() {
        Fn1 f = x -> Jnp.sin(x).mul(2.0).add(x);
        JaxprComparison c = compare(makeJaxpr(f, F32_3), makeJaxpr(f, F32_3));
        assertTrue(c.sameComputation());
        assertEquals("same computation: yes", c.verdict());
        assertEquals(List.of(Status.SAME, Status.SAME, Status.SAME, Status.SAME, Status.SAME), statuses(c));
        assertEquals(List.of(), c.differences());
        assertEquals("b:f32[3] = sin a", c.rows().get(1).left());
        assertEquals("b:f32[3] = sin a", c.rows().get(1).right());
        assertEquals("c:f32[3] = mul b 2.0:f32[]", c.rows().get(2).left());
    }

    @Test
    void independentEquationsInSwappedOrderAreTheSameComputationAndShowAsMoved() {
        Fn1 sinFirst = x -> {
            Array s = Jnp.sin(x);
            Array k = Jnp.cos(x);
            return s.sub(k);
        };
        Fn1 cosFirst = x -> {
            Array k = Jnp.cos(x);
            Array s = Jnp.sin(x);
            return s.sub(k);
        };
        ClosedJaxpr a = makeJaxpr(sinFirst, F32_3);
        ClosedJaxpr b = makeJaxpr(cosFirst, F32_3);
        assertNotEquals(a.toString(), b.toString());
        JaxprComparison c = compare(a, b);
        assertTrue(c.sameComputation(), c::toString);
        // cos lines up; the two sin equations stand at different places; sub lines up
        assertEquals(List.of(Status.SAME, Status.MOVED, Status.SAME, Status.MOVED, Status.SAME, Status.SAME), statuses(c));
        assertEquals(new ComparisonRow("b:f32[3] = sin a", null, Status.MOVED), c.rows().get(1));
        assertEquals(new ComparisonRow("c:f32[3] = cos a", "b:f32[3] = cos a", Status.SAME), c.rows().get(2));
        assertEquals(new ComparisonRow(null, "c:f32[3] = sin a", Status.MOVED), c.rows().get(3));
        assertEquals(new ComparisonRow("d:f32[3] = sub b c", "d:f32[3] = sub c b", Status.SAME), c.rows().get(4));
    }

    @Test
    void aChangedParamIsADifferentComputation() {
        JaxprComparison c = compare(makeJaxpr(x -> Lax.reduceSum(x, 0), F32_3X3), makeJaxpr(x -> Lax.reduceSum(x, 1), F32_3X3));
        assertFalse(c.sameComputation());
        assertEquals(List.of(new ComparisonRow("b:f32[3] = reduce_sum[axes=(0,) out_sharding=None] a",
                        "b:f32[3] = reduce_sum[axes=(1,) out_sharding=None] a", Status.CHANGED),
                new ComparisonRow("in (b,) }", "in (b,) }", Status.CHANGED)), c.differences());
        assertEquals("same computation: no — same primitives, different params, literals or dataflow", c.verdict());
    }

    @Test
    void aChangedLiteralIsADifferentComputation() {
        JaxprComparison c = compare(makeJaxpr(x -> x.mul(2.0), F32_3), makeJaxpr(x -> x.mul(3.0), F32_3));
        assertFalse(c.sameComputation());
        assertEquals(new ComparisonRow("b:f32[3] = mul a 2.0:f32[]", "b:f32[3] = mul a 3.0:f32[]", Status.CHANGED), c.rows().get(1));
        // the same value in another dtype is another literal too
        assertFalse(compare(makeJaxpr(x -> Lax.mul(x, Jnp.asarray(2.0f)), F32_3),
                makeJaxpr(x -> Lax.mul(x, Jnp.asarray(2.5f)), F32_3)).sameComputation());
    }

    @Test
    void swappedOperandsDifferForNonCommutativeOpsOnly() {
        ClosedJaxpr xMinusY = makeJaxpr(Lax::sub, F32_3, F32_3);
        ClosedJaxpr yMinusX = makeJaxpr((x, y) -> Lax.sub(y, x), F32_3, F32_3);
        JaxprComparison c = compare(xMinusY, yMinusX);
        assertFalse(c.sameComputation());
        assertEquals(new ComparisonRow("c:f32[3] = sub a b", "c:f32[3] = sub b a", Status.CHANGED), c.rows().get(1));
        assertEquals(Status.CHANGED, c.rows().get(2).status());

        assertTrue(compare(makeJaxpr(Lax::add, F32_3, F32_3), makeJaxpr((x, y) -> Lax.add(y, x), F32_3, F32_3)).sameComputation());
        assertFalse(compare(makeJaxpr(Lax::lt, F32_3, F32_3), makeJaxpr((x, y) -> Lax.lt(y, x), F32_3, F32_3)).sameComputation());
    }

    @Test
    void differentInputTypesAreADifferentComputation() {
        Fn1 f = Jnp::sin;
        JaxprComparison c = compare("three", makeJaxpr(f, F32_3), "four", makeJaxpr(f, ShapeDtype.of(DType.FLOAT32, 4)));
        assertFalse(c.sameComputation());
        assertEquals(new ComparisonRow("{ lambda ; a:f32[3]. let", "{ lambda ; a:f32[4]. let", Status.CHANGED), c.rows().getFirst());
        assertEquals("same computation: no — inputs differ: (f32[3]) vs (f32[4])", c.verdict());
    }

    @Test
    void extraEquationsShowOnOneSide() {
        JaxprComparison c = compare(makeJaxpr(x -> Jnp.exp(Jnp.sin(x)), F32_3), makeJaxpr(Jnp::exp, F32_3));
        assertFalse(c.sameComputation());
        assertEquals(new ComparisonRow("b:f32[3] = sin a", null, Status.ONLY_LEFT), c.rows().get(1));
        assertEquals(new ComparisonRow("c:f32[3] = exp b", "b:f32[3] = exp a", Status.SAME_OP), c.rows().get(2));
        assertEquals("same computation: no — only in left: sin ×1", c.verdict());
    }

    // ------------------------------------------------------------------------- the tutorial pair

    @Test
    void vmapConvolveVersusManuallyVectorizedShowsDotGeneralAgainstMulAndReduceSum() {
        ClosedJaxpr batched = makeJaxpr(vmap(Tutorial.CONVOLVE), XS, WS);
        assertEquals(Tutorial.VMAP_CONVOLVE_JAXPR, batched.toString(), "vmap(convolve) prints G38");
        JaxprComparison c = compare("vmap(convolve)", batched, "manual", makeJaxpr(Tutorial.MANUALLY_VECTORIZED, XS, WS));

        assertFalse(c.sameComputation());
        assertEquals("vmap(convolve)", c.leftLabel());
        assertEquals("manual", c.rightLabel());
        List<Status> expected = new ArrayList<>(List.of(Status.SAME));
        for (int k = 0; k < 3; k++) expected.addAll(List.of(Status.SAME, Status.ONLY_RIGHT, Status.ONLY_RIGHT, Status.CHANGED));
        expected.addAll(List.of(Status.SAME_OP, Status.SAME_OP, Status.SAME_OP, Status.SAME_OP, Status.CHANGED));
        assertEquals(expected, statuses(c));

        String[] slices = {"(2, 3) start_indices=(0, 0)", "(2, 4) start_indices=(0, 1)", "(2, 5) start_indices=(0, 2)"};
        String[][] names = {{"c", "d", "c"}, {"e", "f", "g"}, {"g", "h", "k"}};
        String[][] manual = {{"d", "e", "f"}, {"h", "i", "j"}, {"l", "m", "n"}};
        for (int k = 0; k < 3; k++) {
            int row = 1 + 4 * k;
            String slice = "i32[2,3] = slice[limit_indices=" + slices[k] + " strides=None] a";
            assertEquals(new ComparisonRow(names[k][0] + ":" + slice, names[k][2] + ":" + slice, Status.SAME), c.rows().get(row));
            String[] m = manual[k];
            assertEquals(new ComparisonRow(null, m[0] + ":f32[2,3] = convert_element_type[new_dtype=float32 weak_type=False] " + names[k][2],
                    Status.ONLY_RIGHT), c.rows().get(row + 1));
            assertEquals(new ComparisonRow(null, m[1] + ":f32[2,3] = mul " + m[0] + " b", Status.ONLY_RIGHT), c.rows().get(row + 2));
            assertEquals(new ComparisonRow(names[k][1] + ":f32[2] = dot_general[dimension_numbers=(([1], [1]), ([0], [0])) "
                    + "preferred_element_type=float32] " + names[k][0] + " b",
                    m[2] + ":f32[2] = reduce_sum[axes=(1,) out_sharding=None] " + m[1], Status.CHANGED), c.rows().get(row + 3));
        }
        assertEquals(new ComparisonRow("i:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] d",
                "o:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] f", Status.SAME_OP), c.rows().get(13));
        assertEquals(new ComparisonRow("l:f32[2,3] = concatenate[dimension=1] i j k", "r:f32[2,3] = concatenate[dimension=1] o p q",
                Status.SAME_OP), c.rows().get(16));
        assertEquals(new ComparisonRow("in (l,) }", "in (r,) }", Status.CHANGED), c.rows().get(17));

        assertEquals(Map.of("slice", 3, "dot_general", 3, "broadcast_in_dim", 3, "concatenate", 1), c.leftPrimitives().counts());
        assertEquals("slice ×3, dot_general ×3, broadcast_in_dim ×3, concatenate ×1", c.leftPrimitives().toString());
        assertEquals("slice ×3, convert_element_type ×3, mul ×3, reduce_sum ×3, broadcast_in_dim ×3, concatenate ×1",
                c.rightPrimitives().toString());
        assertEquals("same computation: no — only in vmap(convolve): dot_general ×3; "
                + "only in manual: convert_element_type ×3, mul ×3, reduce_sum ×3", c.verdict());
    }

    // ------------------------------------------------------------------------------ the rendering

    @Test
    void smallPairRendersAsTwoAlignedColumns() {
        ClosedJaxpr a = makeJaxpr((x, y) -> Jnp.sin(x).mul(y), F32_3, F32_3);
        ClosedJaxpr b = makeJaxpr((x, y) -> Jnp.cos(x).mul(y).add(1.0), F32_3, F32_3);
        assertEquals("""
                sin                                 cos
                { lambda ; a:f32[3] b:f32[3]. let   { lambda ; a:f32[3] b:f32[3]. let
                    c:f32[3] = sin a              ≠     c:f32[3] = cos a
                    d:f32[3] = mul c b            ≈     d:f32[3] = mul c b
                                                  >     e:f32[3] = add d 1.0:f32[]
                  in (d,) }                       ≠   in (e,) }

                sin: sin ×1, mul ×1
                cos: cos ×1, mul ×1, add ×1
                same computation: no — only in sin: sin ×1; only in cos: cos ×1, add ×1
                ≈ same op, operands differ upstream; ≠ changed; < only left; > only right; ~ moved (independent equations reordered)""",
                compare("sin", a, "cos", b).toString());
    }

    @Test
    void sameComputationRendersWithoutMarkersOrLegend() {
        Fn1 f = Jnp::tanh;
        assertEquals("""
                left                       right
                { lambda ; a:f32[3]. let   { lambda ; a:f32[3]. let
                    b:f32[3] = tanh a          b:f32[3] = tanh a
                  in (b,) }                  in (b,) }

                left: tanh ×1
                right: tanh ×1
                same computation: yes""", compare(makeJaxpr(f, F32_3), makeJaxpr(f, F32_3)).toString());
    }

    @Test
    void narrowWidthsTruncateEquationsAndWrapSummaries() {
        JaxprComparison c = compare("vmap(convolve)", makeJaxpr(vmap(Tutorial.CONVOLVE), XS, WS), "manual", makeJaxpr(Tutorial.MANUALLY_VECTORIZED, XS, WS));
        String text = c.render(60);
        for (String line : text.split("\n")) assertTrue(line.length() <= 60, () -> "too long: " + line);
        String[] lines = text.split("\n");
        // 60 = a 28-character left column, a 3-character marker and a 29-character right column
        assertEquals("    d:f32[2] = dot_general[… ≠     f:f32[2] = reduce_sum[ax…", lines[5]);
        assertTrue(text.contains("\nmanual: slice ×3, convert_element_type ×3, mul ×3,\n"
                + "    reduce_sum ×3, broadcast_in_dim ×3, concatenate ×1\n"), text);
        assertTrue(text.endsWith("\n≈ same op, operands differ upstream; ≠ changed; < only left;\n"
                + "    > only right; ~ moved (independent equations reordered)"), text);
        assertThrows(IllegalArgumentException.class, () -> c.render(10));
    }

    @Test
    void multiLineParamsAreFlattenedIntoOneRow() {
        JaxprComparison c = compare(makeJaxpr(vmap(Tutorial.CONVOLVE), XS, WS), makeJaxpr(vmap(Tutorial.CONVOLVE), XS, WS));
        assertTrue(c.sameComputation());
        for (ComparisonRow r : c.rows()) assertFalse(r.left().contains("\n") || r.right().contains("\n"), r::toString);
        assertEquals("d:f32[2] = dot_general[dimension_numbers=(([1], [1]), ([0], [0])) preferred_element_type=float32] c b",
                c.rows().get(2).left());
        String wide = c.render(240);
        assertTrue(wide.contains("\n    d:f32[2] = dot_general[dimension_numbers=(([1], [1]), ([0], [0])) preferred_element_type=float32] c b"
                + "       d:f32[2] = dot_general"), wide);
    }

    @Test
    void aRowNeedsASide() {
        assertThrows(IllegalArgumentException.class, () -> new ComparisonRow(null, null, Status.SAME));
        assertNull(new ComparisonRow("x", null, Status.ONLY_LEFT).right());
    }
}
