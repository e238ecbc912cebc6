package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.DType;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.core.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Jnp.array} from Java values; expected reprs are JAX's for the same Python values. */
class CreationArrayTest {
    @AfterEach
    void x64Off() { Jax.config().update("jax_enable_x64", false); }

    @Test
    void javaScalarsAreWeak() {
        assertEquals("Array(3., dtype=float32, weak_type=True)", Jnp.array(3.0).toString());
        assertEquals("Array(3.5, dtype=float32, weak_type=True)", Jnp.array(3.5f).toString());
        assertEquals("Array(42, dtype=int32, weak_type=True)", Jnp.array(42).toString());
        assertEquals("Array(42, dtype=int32, weak_type=True)", Jnp.array(42L).toString());
        assertEquals("Array(True, dtype=bool)", Jnp.array(true).toString());
    }

    @Test
    void varargsAreStrongVectors() {
        assertEquals("Array([2., 3., 4.], dtype=float32)", Jnp.array(2., 3., 4.).toString());
        assertEquals("Array([1, 2, 3], dtype=int32)", Jnp.array(1, 2, 3).toString());
        assertEquals("Array([1. , 2.5], dtype=float32)", Jnp.array(1, 2.5).toString());
    }

    @Test
    void primitiveArraysKeepTheirTypeUpToCanonicalisation() {
        Array d = Jnp.array(new double[][] {{1, 2}, {3, 4}});
        assertEquals(Shape.of(2, 2), d.shape());
        assertEquals(DType.FLOAT32, d.dtype());
        assertFalse(d.weakType());
        assertEquals("Array([[1., 2.],\n       [3., 4.]], dtype=float32)", d.toString());
        assertEquals("Array([[1, 2, 3],\n       [4, 5, 6]], dtype=int32)", Jnp.array(new long[][] {{1, 2, 3}, {4, 5, 6}}).toString());
        assertEquals("Array([ True, False], dtype=bool)", Jnp.array(new boolean[] {true, false}).toString());
        assertEquals(DType.FLOAT32, Jnp.array(new float[] {1.5f}).dtype());
        assertEquals(Shape.of(2, 1, 3), Jnp.array(new int[][][] {{{1, 2, 3}}, {{4, 5, 6}}}).shape());
    }

    @Test
    void x64KeepsSixtyFourBitTypes() {
        Jax.config().update("jax_enable_x64", true);
        assertEquals(DType.FLOAT64, Jnp.array(new double[] {1, 2}).dtype());
        assertEquals(DType.INT64, Jnp.array(new long[] {1, 2}).dtype());
        assertEquals(DType.INT64, Jnp.array(List.of(1, 2)).dtype());
        assertEquals(DType.FLOAT32, Jnp.array(new float[] {1, 2}).dtype());
        assertEquals("Array(0.1, dtype=float64, weak_type=True)", Jnp.array(0.1).toString());
        assertArrayEquals(new long[] {1L << 40}, Jnp.array(new long[] {1L << 40}).toLongArray());
    }

    @Test
    void listsPromoteOnTheLattice() {
        assertEquals("Array([1., 2.], dtype=float32)", Jnp.array(List.of(1, 2.0)).toString());
        assertEquals("Array([1, 0], dtype=int32)", Jnp.array(List.of(1, false)).toString());
        assertEquals("Array([[1., 2.],\n       [3., 4.]], dtype=float32)", Jnp.array(List.of(List.of(1, 2), new double[] {3, 4})).toString());
        assertEquals("Array([[1, 2],\n       [3, 4]], dtype=int32)", Jnp.array(new Object[] {new int[] {1, 2}, List.of(3, 4)}).toString());
    }

    @Test
    void listsOfArraysAreStacked() {
        Array x = Jnp.array(1, 2, 3);
        Array y = Jnp.array(4.5f, 5f, 6f);
        Array s = Jnp.array(List.of(x, y));
        assertEquals("Array([[1. , 2. , 3. ],\n       [4.5, 5. , 6. ]], dtype=float32)", s.toString());
        // a weak int array joins a strong int32 one as int32; a Java double makes it float
        assertEquals("Array([1., 7.], dtype=float32)", Jnp.array(List.of(Jnp.array(1), 7.0)).toString());
        assertEquals("Array([[1, 2, 3],\n       [1, 2, 3]], dtype=int32)", Jnp.array(new Object[] {x, x}).toString());
    }

    @Test
    void weakArraysStayWeakOnlyWithoutADtype() {
        Array w = Jnp.array(2.0);
        assertTrue(Jnp.array(w).weakType());
        assertFalse(Jnp.array(w, DType.FLOAT32).weakType());
        assertSame(w, Jnp.asarray(w));
        assertEquals("Array([1, 2], dtype=int32)", Jnp.array(new double[] {1.9, 2.2}, DType.INT32).toString());
        assertEquals("Array([ True, False,  True], dtype=bool)", Jnp.array(new double[] {0.5, 0, Double.NaN}, DType.BOOL).toString());
        assertEquals("Array(2, dtype=int32)", Jnp.asarray(2.7, DType.INT32).toString());
    }

    @Test
    void emptyValues() {
        assertEquals("Array([], shape=(0,), dtype=float32)", Jnp.array(List.of()).toString());
        assertEquals("Array([], shape=(2, 0), dtype=float32)", Jnp.array(List.of(List.of(), List.of())).toString());
        assertEquals("Array([], shape=(0,), dtype=int32)", Jnp.array(new int[0]).toString());
    }

    @Test
    void raggedNestingRaisesNumpysError() {
        var e = assertThrows(ArrayCreationException.class, () -> Jnp.array(List.of(List.of(1, 2), List.of(3))));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. "
                + "The detected shape was (2,) + inhomogeneous part.", e.getMessage());
        e = assertThrows(ArrayCreationException.class, () -> Jnp.array(new Object[] {1, new int[] {2, 3}}));
        assertTrue(e.getMessage().contains("after 1 dimensions. The detected shape was (2,)"), e.getMessage());
        e = assertThrows(ArrayCreationException.class, () -> Jnp.array(new int[][][] {{{1, 2}, {3, 4}}, {{1, 2}, {3}}}));
        assertTrue(e.getMessage().contains("after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part."), e.getMessage());
        e = assertThrows(ArrayCreationException.class, () -> Jnp.array(List.of(Jnp.array(1, 2), Jnp.array(1, 2, 3))));
        assertTrue(e.getMessage().contains("after 1 dimensions"), e.getMessage());
    }

    @Test
    void unsupportedElementsAreNamed() {
        var e = assertThrows(ArrayCreationException.class, () -> Jnp.array(List.of(1, "two")));
        assertTrue(e.getMessage().contains("java.lang.String (two)"), e.getMessage());
        e = assertThrows(ArrayCreationException.class, () -> Jnp.array(new short[] {1}));
        assertTrue(e.getMessage().contains("short[]"), e.getMessage());
        e = assertThrows(ArrayCreationException.class, () -> Jnp.array(BigInteger.ONE));
        assertTrue(e.getMessage().contains("java.math.BigInteger"), e.getMessage());
        java.util.List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        e = assertThrows(ArrayCreationException.class, () -> Jnp.array(withNull));
        assertEquals("null is not a valid value for jnp.array.", e.getMessage());
    }
}
