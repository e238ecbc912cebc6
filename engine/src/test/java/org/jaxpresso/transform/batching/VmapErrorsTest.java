package org.jaxpresso.transform.batching;

import static org.jaxpresso.Jax.axisName;
import static org.jaxpresso.Jax.axisSize;
import static org.jaxpresso.Jax.inAxes;
import static org.jaxpresso.Jax.outAxes;
import static org.jaxpresso.Jax.vmap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Fn1;
import org.jaxpresso.FnN;
import org.jaxpresso.Jnp;
import org.jaxpresso.VmapException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * vmap's error messages, in full. Expected texts are JAX 0.10's, derived by hand from
 * {@code jax/_src/api.py} ({@code vmap}, {@code _mapped_axis_size}), {@code api_util.flatten_axes},
 * {@code tree_util._prefix_error} and {@code interpreters/batching.py} ({@code matchaxis}).
 * Arguments are named {@code args[i]}: JAX's naming for a function without a signature.
 */
class VmapErrorsTest {
    /** A record argument: JAX names its component {@code .w}, as a dataclass field. */
    record Weights(Array w) {}

    private static Array f32(int... shape) { return Jnp.zeros(shape); }

    private static String message(Executable call) { return assertThrows(VmapException.class, call).getMessage(); }

    // ---- inconsistent sizes ---------------------------------------------------------------------

    @Test
    void twoSizesSeenOnceEach() {
        String m = message(() -> vmap((a, b) -> Jnp.add(a, b), inAxes(0, 1)).apply(f32(10, 4), f32(10, 2)));
        assertEquals("""
                vmap got inconsistent sizes for array axes to be mapped:
                  * one axis had size 10: axis 0 of args[0] of type float32[10,4];
                  * one axis had size 2: axis 1 of args[1] of type float32[10,2]""", m);
    }

    @Test
    void mostSomeAndOneSortedByCountThenFirstSeen() {
        FnN f = args -> args[0];
        String m = message(() -> vmap(f).apply(f32(2), f32(3), f32(2), f32(3), Jnp.zeros(DType.INT32, 1)));
        assertEquals("""
                vmap got inconsistent sizes for array axes to be mapped:
                  * most axes (2 of them) had size 2, e.g. axis 0 of args[0] of type float32[2];
                  * some axes (2 of them) had size 3, e.g. axis 0 of args[1] of type float32[3];
                  * one axis had size 1: axis 0 of args[4] of type int32[1]""", m);
    }

    @Test
    void nestedArgumentsAreNamedByKeyPath() {
        FnN f = args -> args[1];
        Object first = List.of(f32(3), Map.of("b", f32(4), "a", f32(3)));
        String m = message(() -> vmap(f).apply(first, new Weights(f32(5))));
        assertEquals("""
                vmap got inconsistent sizes for array axes to be mapped:
                  * most axes (2 of them) had size 3, e.g. axis 0 of args[0][0] of type float32[3];
                  * one axis had size 4: axis 0 of args[0][1]['b'] of type float32[4];
                  * one axis had size 5: axis 0 of args[1].w of type float32[5]""", m);
    }

    @Test
    void negativeInAxisIsShownAsGiven() {
        String m = message(() -> vmap((a, b) -> a, inAxes(-1, 0)).apply(f32(2, 3), f32(4)));
        assertEquals("""
                vmap got inconsistent sizes for array axes to be mapped:
                  * one axis had size 3: axis -1 of args[0] of type float32[2,3];
                  * one axis had size 4: axis 0 of args[1] of type float32[4]""", m);
    }

    @Test
    void axisSizeThatDisagreesWithTheArguments() {
        String m = message(() -> vmap((Fn1) x -> x, axisSize(4)).apply(f32(3)));
        assertEquals("""
                vmap got inconsistent sizes for array axes to be mapped:
                  * the `axis_size` argument was 4;
                  * one axis had size 3: axis 0 of args[0] of type float32[3]""", m);
    }

    // ---- in_axes out of range -------------------------------------------------------------------

    @Test
    void positiveInAxisBeyondTheRank() {
        assertEquals("vmap was requested to map its argument along axis 1, which implies that its rank should be at least 2, "
                + "but is only 1 (its shape is (2,))", message(() -> vmap((Fn1) x -> x, inAxes(1)).apply(f32(2))));
    }

    @Test
    void negativeInAxisBeyondTheRank() {
        assertEquals("vmap was requested to map its argument along axis -3, which implies that its rank should be at least 3, "
                + "but is only 2 (its shape is (2, 3))", message(() -> vmap((Fn1) x -> x, inAxes(-3)).apply(f32(2, 3))));
    }

    @Test
    void scalarArgumentCannotBeMapped() {
        FnN f = args -> args[0];
        assertEquals("vmap was requested to map its argument along axis 0, which implies that its rank should be at least 1, "
                + "but is only 0 (its shape is ())", message(() -> vmap(f).apply(2.0)));
    }

    // ---- in_axes structure ----------------------------------------------------------------------

    @Test
    void inAxesNotATreePrefix() {
        FnN f = args -> args[0];
        String m = message(() -> vmap(f, inAxes(List.of(0))).apply(f32(3)));
        assertEquals("""
                vmap in_axes specification must be a tree prefix of the corresponding value;\s
                  Mismatch details (1 found):
                  pytree structure error: different types at key path
                    vmap in_axes[0]
                At that key path, the prefix pytree vmap in_axes has a subtree of type
                    <class 'list'>
                but at the same key path the full pytree has a subtree of different type
                    <class 'jax._src.api_util.PytreeLeaf'>.""", m);
    }

    @Test
    void everyMismatchIsReportedIncludingNoneOverASubtree() {
        // JAX's prefix_errors sees a None entry as an empty node, so it reports it as well.
        FnN f = args -> args[0];
        String m = message(() -> vmap(f, inAxes(null, List.of(0, 0))).apply(f32(3), List.of(f32(3), f32(3), f32(3))));
        assertEquals("""
                vmap in_axes specification must be a tree prefix of the corresponding value;\s
                  Mismatch details (2 found):
                  pytree structure error: different types at key path
                    vmap in_axes[0]
                At that key path, the prefix pytree vmap in_axes has a subtree of type
                    <class 'NoneType'>
                but at the same key path the full pytree has a subtree of different type
                    <class 'jax._src.api_util.PytreeLeaf'>.
                  pytree structure error: different lengths of list at key path
                    vmap in_axes[1]
                At that key path, the prefix pytree vmap in_axes has a subtree of type list of length 2, \
                but the full pytree has a subtree of the same type but of length 3.""", m);
    }

    @Test
    void dictInAxesWithMissingKey() {
        FnN f = args -> args[0];
        String m = message(() -> vmap(f, inAxes(Map.of("a", 0))).apply(Map.of("a", f32(3), "b", f32(3))));
        assertEquals("""
                vmap in_axes specification must be a tree prefix of the corresponding value;\s
                  Mismatch details (1 found):
                  pytree structure error: different numbers of pytree children at key path
                    vmap in_axes[0]
                At that key path, the prefix pytree vmap in_axes has a subtree of type
                    <class 'dict'>
                with 1 child keys
                    a
                but at the same key path the full pytree has a subtree of the same type but with 2 child keys
                    a b
                so the symmetric difference on key sets is
                    b""", m);
    }

    @Test
    void wrongNumberOfInAxesEntries() {
        assertEquals("vmap in_axes must be an int, None, or a tuple of entries corresponding to the positional arguments passed to "
                + "the function, but got len(in_axes)=2, len(args)=1", message(() -> vmap((Fn1) x -> x, inAxes(0, 1)).apply(f32(3))));
    }

    @Test
    void stringInAxesLeaf() {
        assertEquals("vmap in_axes must be an int, None, or (nested) container with those types as leaves, but got ('a',).",
                message(() -> vmap((Fn1) x -> x, inAxes("a"))));
        assertEquals("vmap in_axes must be an int, None, or (nested) container with those types as leaves, but got (0, [1, 'b'], None).",
                message(() -> vmap((Fn1) x -> x, inAxes(0, List.of(1, "b"), null))));
        assertEquals("vmap in_axes must be an int, None, or (nested) container with those types as leaves, but got (0.5,).",
                message(() -> vmap((Fn1) x -> x, inAxes(0.5))));
    }

    @Test
    void stringOutAxesPrintsAsPythonStrDoes() {
        assertEquals("vmap out_axes must be an int, None, or (nested) container with those types as leaves, but got x.",
                message(() -> vmap((Fn1) x -> x, outAxes("x"))));
        assertEquals("vmap out_axes must be an int, None, or (nested) container with those types as leaves, but got [0, 'x'].",
                message(() -> vmap((Fn1) x -> x, outAxes(List.of(0, "x")))));
    }

    // ---- nothing to map -------------------------------------------------------------------------

    @Test
    void allInAxesNoneWithoutAxisSize() {
        assertEquals("vmap must have at least one non-None value in in_axes or axis_size must be specified",
                message(() -> vmap((Fn1) x -> x, inAxes((Object) null)).apply(f32(3))));
    }

    @Test
    void noArgumentsAtAll() {
        FnN f = args -> Jnp.ones(2);
        assertEquals("vmap wrapped function must be passed at least one argument containing an array or axis_size must be specified, "
                + "got empty *args=() and **kwargs={}", message(() -> vmap(f).apply()));
        assertEquals("vmap wrapped function must be passed at least one argument containing an array or axis_size must be specified, "
                + "got empty *args=(None,) and **kwargs={}", message(() -> vmap(f).apply((Object) null)));
        assertEquals("vmap wrapped function must be passed at least one argument containing an array or axis_size must be specified, "
                + "got empty *args=(None, [], {}) and **kwargs={}", message(() -> vmap(f).apply(null, List.of(), Map.of())));
    }

    @Test
    void noArgumentsWithAxisSizeBroadcastsTheOutput() {
        FnN f = args -> Jnp.array(1f, 2f);
        Array out = (Array) vmap(f, axisSize(3)).apply();
        assertEquals("(3, 2)", out.shape().toString());
        assertArrayEquals(new float[] {1, 2, 1, 2, 1, 2}, out.toFloatArray());
    }

    // ---- out_axes -------------------------------------------------------------------------------

    @Test
    void outAxesNotATreePrefix() {
        String m = message(() -> vmap((Fn1) x -> x, outAxes(List.of(0, 1))).apply(f32(3)));
        assertEquals("""
                vmap out_axes specification must be a tree prefix of the corresponding value;\s
                  Mismatch details (1 found):
                  pytree structure error: different types at key path
                    vmap out_axes
                At that key path, the prefix pytree vmap out_axes has a subtree of type
                    <class 'list'>
                but at the same key path the full pytree has a subtree of different type
                    <class 'jax._src.api_util.PytreeLeaf'>.""", m);
    }

    @Test
    void outAxesListOfWrongLength() {
        FnN f = args -> List.of(args[0], args[0], args[0]);
        String m = message(() -> vmap(f, outAxes(List.of(0, 1))).apply(f32(3)));
        assertEquals("""
                vmap out_axes specification must be a tree prefix of the corresponding value;\s
                  Mismatch details (1 found):
                  pytree structure error: different lengths of list at key path
                    vmap out_axes
                At that key path, the prefix pytree vmap out_axes has a subtree of type list of length 2, \
                but the full pytree has a subtree of the same type but of length 3.""", m);
    }

    @Test
    void outAxesNoneOnABatchedOutput() {
        assertEquals("at vmap out_axes, got axis spec None but output was batched on axis 0",
                message(() -> vmap((Fn1) Jnp::sin, outAxes(null)).apply(f32(3))));
    }

    @Test
    void outAxesNoneNamesTheOutputKeyPath() {
        FnN first = args -> List.of(args[0], args[1]);
        assertEquals("at vmap out_axes[0], got axis spec None but output was batched on axis 1",
                message(() -> vmap(first, inAxes(1, null), outAxes(null)).apply(f32(2, 3), f32(4))));
        FnN second = args -> List.of(args[1], args[0]);
        assertEquals("at vmap out_axes[1], got axis spec None but output was batched on axis 0",
                message(() -> vmap(second, inAxes(0, null), outAxes(null)).apply(f32(3), f32(4))));
        FnN dict = args -> Map.of("a", args[1], "b", args[0]);
        assertEquals("at vmap out_axes['b'], got axis spec None but output was batched on axis 0",
                message(() -> vmap(dict, inAxes(0, null), outAxes(null)).apply(f32(3), f32(4))));
    }

    @Test
    void outAxesNoneWithAnAxisName() {
        assertEquals("vmap has mapped output (axis_name=foo) but out_axes is None",
                message(() -> vmap((Fn1) Jnp::sin, outAxes(null), axisName("foo")).apply(f32(3))));
    }

    @Test
    void outAxesNoneOnAnUnbatchedOutputIsFine() {
        FnN f = args -> List.of(args[1], args[0]);
        @SuppressWarnings("unchecked")
        List<Object> out = (List<Object>) vmap(f, inAxes(0, null), outAxes(java.util.Arrays.asList(null, 0))).apply(f32(3), Jnp.array(5f, 6f));
        assertArrayEquals(new float[] {5, 6}, ((Array) out.get(0)).toFloatArray());
        assertEquals("(3,)", ((Array) out.get(1)).shape().toString());
    }
}
