package org.jaxpresso.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.JaxpressoException;
import org.junit.jupiter.api.Test;

/** The checker looks inside the jaxprs that equations carry as params (a jit call's body), as JAX's check_jaxpr does. */
class JaxprCheckerNestedTest {
    private static final ShapedArray F32_3 = new ShapedArray(Shape.of(3), DType.FLOAT32);
    private static final ShapedArray F32_2 = new ShapedArray(Shape.of(2), DType.FLOAT32);

    /** {@code { lambda ; a:f32[3]. let b:<outAnnotation> = sin a in (b) }}, well-typed only when the annotation is f32[3]. */
    private static ClosedJaxpr body(ShapedArray outAnnotation) {
        Var a = new Var(F32_3);
        Var b = new Var(outAnnotation);
        Jaxpr j = new Jaxpr(List.of(), List.of(a), List.of(new Eqn(Unary.SIN, List.of(a), List.of(b))), List.of(b));
        return new ClosedJaxpr(j, List.of());
    }

    /** {@code { lambda ; x:f32[3]. let y = jit[name=f jaxpr=body] x in (y) }}. */
    private static Jaxpr callOf(ClosedJaxpr body) {
        Var x = new Var(F32_3);
        Var y = new Var(body.outAvals().getFirst());
        return new Jaxpr(List.of(), List.of(x), List.of(new Eqn(new JitCall("f", body), List.of(x), List.of(y))), List.of(y));
    }

    @Test
    void aWellTypedBodyPasses() {
        assertDoesNotThrow(() -> JaxprChecker.check(callOf(body(F32_3))));
    }

    @Test
    void anIllTypedEquationInsideAJitBodyIsReportedWithWhereItIs() {
        // The call itself is consistent (the body's declared out aval is what the call binds), so
        // only checking the body finds that sin of f32[3] was annotated f32[2].
        JaxpressoException e = assertThrows(JaxpressoException.class, () -> JaxprChecker.check(callOf(body(F32_2))));
        assertTrue(e.getMessage().contains("equation 0 (jit) param jaxpr"), e.getMessage());
        assertTrue(e.getMessage().contains("output 0 is annotated f32[2] but its primitive produces f32[3]"), e.getMessage());
    }
}
