package org.jaxpresso.inspect;

import static org.jaxpresso.Jax.compare;
import static org.jaxpresso.Jax.makeJaxpr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.FnN;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeDtype;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Unary;
import org.jaxpresso.core.Var;
import org.jaxpresso.inspect.ComparisonRow.Status;
import org.jaxpresso.testkit.Samples;
import org.junit.jupiter.api.Test;

/** The equivalence behind {@code sameComputation()}: what it ignores and what it does not. */
class CanonicalKeysTest {
    private static final ShapeDtype F32_4 = ShapeDtype.of(DType.FLOAT32, 4);
    private static final ShapedArray F32 = ShapedArray.scalar(DType.FLOAT32);

    @Test
    void outputsOfAMultiOutputEquationAreKeyedByIndex() {
        FnN inOrder = args -> Lax.split((Array) args[0], new int[] {2, 2}, 0);
        FnN swapped = args -> {
            List<Array> parts = Lax.split((Array) args[0], new int[] {2, 2}, 0);
            return List.of(parts.get(1), parts.get(0));
        };
        assertTrue(compare(makeJaxpr(inOrder, F32_4), makeJaxpr(inOrder, F32_4)).sameComputation());
        JaxprComparison c = compare(makeJaxpr(inOrder, F32_4), makeJaxpr(swapped, F32_4));
        assertFalse(c.sameComputation());
        assertEquals(Status.SAME, c.rows().get(1).status(), "the split itself is the same equation");
        assertEquals(new ComparisonRow("in (b, c) }", "in (c, b) }", Status.CHANGED), c.rows().get(2));
    }

    @Test
    void deadEquationsDoNotChangeTheComputationButShowAsRows() {
        FnN withDeadSin = args -> {
            Jnp.sin(args[0]);
            return Jnp.cos(args[0]);
        };
        FnN justCos = args -> Jnp.cos(args[0]);
        JaxprComparison c = compare(makeJaxpr(withDeadSin, F32_4), makeJaxpr(justCos, F32_4));
        assertTrue(c.sameComputation());
        assertEquals(new ComparisonRow("_:f32[4] = sin a", null, Status.ONLY_LEFT), c.rows().get(1));
        assertEquals(new ComparisonRow("b:f32[4] = cos a", "b:f32[4] = cos a", Status.SAME), c.rows().get(2));
    }

    @Test
    void commutativeOperandsMayBeSwappedIncludingLiterals() {
        FnN xTimesTwo = args -> Lax.mul((Array) args[0], Jnp.asarray(2.0f));
        FnN twoTimesX = args -> Lax.mul(Jnp.asarray(2.0f), (Array) args[0]);
        assertTrue(compare(makeJaxpr(xTimesTwo, ShapeDtype.of(DType.FLOAT32)), makeJaxpr(twoTimesX, ShapeDtype.of(DType.FLOAT32)))
                .sameComputation());
        FnN xMinusTwo = args -> Lax.sub((Array) args[0], Jnp.asarray(2.0f));
        FnN twoMinusX = args -> Lax.sub(Jnp.asarray(2.0f), (Array) args[0]);
        assertFalse(compare(makeJaxpr(xMinusTwo, ShapeDtype.of(DType.FLOAT32)), makeJaxpr(twoMinusX, ShapeDtype.of(DType.FLOAT32)))
                .sameComputation());
    }

    @Test
    void constvarsAreComparedByPositionAndType() {
        Array k4 = Samples.f32(new float[] {1, 2, 3, 4}, 4);
        Array k4b = Samples.f32(new float[] {5, 6, 7, 8}, 4);
        ClosedJaxpr a = makeJaxpr(x -> Jnp.add(x, k4), F32_4);
        ClosedJaxpr b = makeJaxpr(x -> Jnp.add(x, k4b), F32_4);
        assertEquals(1, a.jaxpr().constvars().size(), a::toString);
        assertTrue(compare(a, b).sameComputation(), "const values are not compared");
        Array k1 = Samples.f32(new float[] {1}, 1);
        ClosedJaxpr c = makeJaxpr(x -> Jnp.add(x, k1), F32_4);
        JaxprComparison ac = compare(a, c);
        assertFalse(ac.sameComputation());
        assertTrue(ac.verdict().startsWith("same computation: no — consts differ: (f32[4]) vs (f32[1])"), ac.verdict());
    }

    @Test
    void handBuiltJaxprsDifferingOnlyInVariableIdentityAreTheSame() {
        JaxprComparison c = JaxprComparison.of("x", sinCos(), "y", sinCos());
        assertTrue(c.sameComputation());
        assertEquals("x", c.leftLabel());
        Var a = new Var(new ShapedArray(Shape.SCALAR, DType.FLOAT32, true));
        Var b = new Var(F32);
        Jaxpr weakInput = new Jaxpr(List.of(), List.of(a), List.of(new Eqn(Unary.SIN, List.of(a), List.of(b))), List.of(b));
        Var p = new Var(F32);
        Var q = new Var(F32);
        Jaxpr strongInput = new Jaxpr(List.of(), List.of(p), List.of(new Eqn(Unary.SIN, List.of(p), List.of(q))), List.of(q));
        assertTrue(JaxprComparison.of("weak", weakInput, "strong", strongInput).sameComputation(), "weak types do not change values");
    }

    @Test
    void aVariableReadBeforeItIsDefinedIsRejected() {
        Var a = new Var(F32);
        Var stray = new Var(F32);
        Var b = new Var(F32);
        Jaxpr broken = new Jaxpr(List.of(), List.of(a), List.of(new Eqn(Unary.SIN, List.of(stray), List.of(b))), List.of(b));
        assertThrows(IllegalArgumentException.class, () -> JaxprComparison.of("l", broken, "r", sinCos()));
    }

    private static Jaxpr sinCos() {
        Var a = new Var(F32);
        Var b = new Var(F32);
        Var c = new Var(F32);
        return new Jaxpr(List.of(), List.of(a), List.of(new Eqn(Unary.SIN, List.of(a), List.of(b)), new Eqn(Unary.COS, List.of(b), List.of(c))),
                List.of(c));
    }
}
