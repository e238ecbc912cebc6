package org.jaxpresso.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.ShapeException;
import org.junit.jupiter.api.Test;

/** arange, linspace, zeros/ones/full(_like), eye; expected reprs are JAX's, values numpy's. */
class CreationRoutinesTest {
    @Test
    void arangeOfInts() {
        assertEquals("Array([0, 1, 2, 3, 4], dtype=int32)", Jnp.arange(5).toString());
        assertEquals("Array([2, 3, 4], dtype=int32)", Jnp.arange(2, 5).toString());
        assertArrayEquals(new int[] {10, 7, 4, 1}, Jnp.arange(10, 0, -3).toIntArray());
        assertEquals(0, Jnp.arange(-3).size());
        assertEquals(0, Jnp.arange(5, 2).size());
    }

    @Test
    void arangeOfDoublesIsFloat32() {
        assertEquals("Array([0., 1., 2., 3., 4.], dtype=float32)", Jnp.arange(5.0).toString());
        // numpy: np.arange(0.5, 3, 0.7) has 4 elements; float32 arithmetic start + step * i
        assertArrayEquals(new float[] {0.5f, 1.2f, 1.9f, 2.6f}, Jnp.arange(0.5, 3, 0.7).toFloatArray());
        assertEquals(11, Jnp.arange(1.0, 2.05, 0.1).size());
        assertEquals(3, Jnp.arange(2.5).size());
        assertEquals(DType.INT32, Jnp.arange(0, 6, 2).dtype());
        assertEquals("Array([0., 2., 4.], dtype=float32)", Jnp.arange(0, 6, 2, DType.FLOAT32).toString());
        assertThrows(ArrayCreationException.class, () -> Jnp.arange(0, 5, 0));
    }

    @Test
    void linspace() {
        assertEquals("Array([0.  , 0.25, 0.5 , 0.75, 1.  ], dtype=float32)", Jnp.linspace(0, 1, 5).toString());
        assertEquals("Array([0.  , 0.25, 0.5 , 0.75], dtype=float32)", Jnp.linspace(0, 1, 4, false).toString());
        assertArrayEquals(new float[] {0f, 0.16666667f, 0.33333334f, 0.5f, 0.6666667f, 0.8333333f, 1f}, Jnp.linspace(0, 1, 7).toFloatArray());
        assertArrayEquals(new int[] {2, 4, 6, 9}, Jnp.linspace(2, 9, 4, true, DType.INT32).toIntArray());
        assertEquals("Array([3.], dtype=float32)", Jnp.linspace(3, 9, 1).toString());
        assertEquals("Array([], shape=(0,), dtype=float32)", Jnp.linspace(3, 9, 0).toString());
        var e = assertThrows(ArrayCreationException.class, () -> Jnp.linspace(0, 1, -1));
        assertEquals("Number of samples, -1, must be non-negative.", e.getMessage());
    }

    @Test
    void zerosOnesFull() {
        assertEquals("Array([[0., 0., 0.],\n       [0., 0., 0.]], dtype=float32)", Jnp.zeros(2, 3).toString());
        assertEquals("Array([1, 1], dtype=int32)", Jnp.ones(DType.INT32, 2).toString());
        assertEquals("Array(0., dtype=float32)", Jnp.zeros().toString());
        assertEquals("Array([7., 7.], dtype=float32, weak_type=True)", Jnp.full(new int[] {2}, 7.0).toString());
        assertEquals("Array([7, 7], dtype=int32, weak_type=True)", Jnp.full(new int[] {2}, 7).toString());
        assertEquals("Array([7., 7.], dtype=float32)", Jnp.full(new int[] {2}, 7, DType.FLOAT32).toString());
        assertEquals("Array([ True,  True], dtype=bool)", Jnp.full(new int[] {2}, true).toString());
        assertEquals("Array([[1., 2.],\n       [1., 2.]], dtype=float32)", Jnp.full(new int[] {2, 2}, new float[] {1, 2}).toString());
        assertThrows(ShapeException.class, () -> Jnp.zeros(2, -1));
    }

    @Test
    void likeFunctionsKeepShapeDtypeAndWeakness() {
        Array x = Jnp.array(new int[][] {{1, 2}, {3, 4}});
        assertEquals("Array([[0, 0],\n       [0, 0]], dtype=int32)", Jnp.zerosLike(x).toString());
        assertEquals("Array([[1., 1.],\n       [1., 1.]], dtype=float32)", Jnp.onesLike(x, DType.FLOAT32).toString());
        assertEquals("Array([[2, 2],\n       [2, 2]], dtype=int32)", Jnp.fullLike(x, 2.9).toString());
        assertEquals("Array(0., dtype=float32, weak_type=True)", Jnp.zerosLike(5.0).toString());
    }

    @Test
    void eye() {
        assertEquals("Array([[1., 0., 0.],\n       [0., 1., 0.],\n       [0., 0., 1.]], dtype=float32)", Jnp.eye(3).toString());
        assertEquals("Array([[0., 1., 0., 0.],\n       [0., 0., 1., 0.]], dtype=float32)", Jnp.eye(2, 4, 1).toString());
        assertEquals("Array([[0, 0],\n       [1, 0],\n       [0, 1]], dtype=int32)", Jnp.eye(3, 2, -1, DType.INT32).toString());
    }
}
