package org.jaxpresso.inspect;

import static org.jaxpresso.Jax.makeJaxpr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.ShapeDtype;
import org.junit.jupiter.api.Test;

class PrimitiveCountsTest {
    @Test
    void countsInOrderOfFirstUse() {
        PrimitiveCounts p = PrimitiveCounts.of(makeJaxpr(x -> Jnp.sin(Jnp.cos(Jnp.sin(x))).mul(2.0), ShapeDtype.of(DType.FLOAT32, 3)).jaxpr());
        assertEquals(List.of("sin", "cos", "mul"), List.copyOf(p.counts().keySet()));
        assertEquals("sin ×2, cos ×1, mul ×1", p.toString());
    }

    @Test
    void differenceIsAMultisetDifference() {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("add", 3);
        a.put("mul", 1);
        a.put("sin", 2);
        PrimitiveCounts left = new PrimitiveCounts(a);
        PrimitiveCounts right = new PrimitiveCounts(Map.of("add", 1, "sin", 2, "cos", 4));
        assertEquals("add ×2, mul ×1", left.minus(right).toString());
        assertEquals("cos ×4", right.minus(left).toString());
        assertTrue(left.minus(left).isEmpty());
        assertEquals("none", left.minus(left).toString());
    }
}
