package org.jaxpresso.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jaxpresso.Config;
import org.jaxpresso.DType;
import org.junit.jupiter.api.Test;

/** Expected results are JAX's promotion table (docs: "Type promotion semantics"). */
class TypePromotionTest {
    private static ShapedArray strong(DType t) { return ShapedArray.scalar(t); }

    private static ShapedArray weak(DType t) { return new ShapedArray(Shape.SCALAR, t, true); }

    private static void assertPromotes(ShapedArray a, ShapedArray b, DType dtype, boolean weak) {
        TypePromotion.Typed t = TypePromotion.resultType(List.of(a, b));
        assertEquals(new TypePromotion.Typed(dtype, weak), t, a.str() + " + " + b.str());
        assertEquals(t, TypePromotion.resultType(List.of(b, a)), "promotion is symmetric for " + a.str() + ", " + b.str());
    }

    @Test
    void defaultLattice() {
        assertPromotes(strong(DType.BOOL), strong(DType.BOOL), DType.BOOL, false);
        assertPromotes(strong(DType.BOOL), weak(DType.INT32), DType.INT32, true);
        assertPromotes(strong(DType.BOOL), weak(DType.FLOAT32), DType.FLOAT32, true);
        assertPromotes(strong(DType.BOOL), strong(DType.INT32), DType.INT32, false);
        assertPromotes(strong(DType.INT32), weak(DType.INT32), DType.INT32, false);
        assertPromotes(strong(DType.INT32), weak(DType.FLOAT32), DType.FLOAT32, true);
        assertPromotes(strong(DType.INT32), strong(DType.FLOAT32), DType.FLOAT32, false);
        assertPromotes(strong(DType.FLOAT32), weak(DType.FLOAT32), DType.FLOAT32, false);
        assertPromotes(strong(DType.FLOAT32), weak(DType.INT32), DType.FLOAT32, false);
        assertPromotes(weak(DType.INT32), weak(DType.FLOAT32), DType.FLOAT32, true);
        assertPromotes(weak(DType.INT32), weak(DType.INT32), DType.INT32, true);
    }

    @Test
    void x64Lattice() {
        Config c = Config.get();
        boolean before = c.x64Enabled();
        try {
            c.enableX64(true);
            assertPromotes(strong(DType.INT32), strong(DType.INT64), DType.INT64, false);
            assertPromotes(strong(DType.INT64), strong(DType.FLOAT32), DType.FLOAT32, false);
            assertPromotes(strong(DType.FLOAT32), strong(DType.FLOAT64), DType.FLOAT64, false);
            assertPromotes(strong(DType.INT64), weak(DType.FLOAT64), DType.FLOAT64, true);
            assertPromotes(strong(DType.BOOL), weak(DType.INT64), DType.INT64, true);
            assertPromotes(strong(DType.FLOAT32), weak(DType.FLOAT64), DType.FLOAT32, false);
        } finally {
            c.enableX64(before);
        }
    }

    @Test
    void x64OffCanonicalizesResults() {
        assertPromotes(strong(DType.INT64), strong(DType.INT32), DType.INT32, false);
        assertPromotes(strong(DType.FLOAT64), strong(DType.FLOAT32), DType.FLOAT32, false);
    }
}
