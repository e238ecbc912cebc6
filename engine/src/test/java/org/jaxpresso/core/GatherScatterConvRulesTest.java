package org.jaxpresso.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;
import org.junit.jupiter.api.Test;

/** Shape rules of gather, scatter and conv_general_dilated (XLA's rules, JAX's wording); no backend. */
class GatherScatterConvRulesTest {
    private static ShapedArray f32(int... shape) { return new ShapedArray(Shape.of(shape), DType.FLOAT32); }

    private static ShapedArray i32(int... shape) { return new ShapedArray(Shape.of(shape), DType.INT32); }

    private static Gather gather(int[] offset, int[] collapsed, int[] startMap, int... sliceSizes) {
        return new Gather(new GatherDimensionNumbers(IntTuple.of(offset), IntTuple.of(collapsed), IntTuple.of(startMap)),
                IntTuple.of(sliceSizes), GatherScatterMode.PROMISE_IN_BOUNDS, false, false, null);
    }

    @Test
    void gatherRowsOfAMatrix() {
        // x[idx] for x f32[5,3], idx i32[4]: indices i32[4,1], offset_dims=(1,), collapsed=(0,), slice (1, 3) -> f32[4,3]
        Gather g = gather(new int[] {1}, new int[] {0}, new int[] {0}, 1, 3);
        assertEquals(f32(4, 3), g.abstractEval(List.of(f32(5, 3), i32(4, 1))).getFirst());
    }

    @Test
    void gatherKeepsWindowDims() {
        // offset dims (0, 2) around a batch dim of size 6: out (2, 6, 3)
        Gather g = gather(new int[] {0, 2}, new int[] {}, new int[] {1}, 2, 3);
        assertEquals(f32(2, 6, 3), g.abstractEval(List.of(f32(5, 4), i32(6, 1))).getFirst());
    }

    @Test
    void gatherErrors() {
        assertEquals("indices must have an integer type",
                assertThrows(DTypeException.class, () -> gather(new int[] {1}, new int[] {0}, new int[] {0}, 1, 3)
                        .abstractEval(List.of(f32(5, 3), f32(4, 1)))).getMessage());
        assertEquals("Gather op can only collapse slice dims with bound 1, but bound is 2 for index 0 at position 0.",
                assertThrows(ShapeException.class, () -> gather(new int[] {1}, new int[] {0}, new int[] {0}, 2, 3)
                        .abstractEval(List.of(f32(5, 3), i32(4, 1)))).getMessage());
        assertEquals("Gather op has 2 elements in start_index_map and the bound of dimension index_vector_dim=1 of indices is 1. These two numbers must be equal.",
                assertThrows(ShapeException.class, () -> gather(new int[] {}, new int[] {0, 1}, new int[] {0, 1}, 1, 1)
                        .abstractEval(List.of(f32(5, 3), i32(4, 1)))).getMessage());
        assertEquals("Slice size at index 1 in gather op is out of range, must be within [0, 3 + 1); got 4.",
                assertThrows(ShapeException.class, () -> gather(new int[] {1}, new int[] {0}, new int[] {0}, 1, 4)
                        .abstractEval(List.of(f32(5, 3), i32(4, 1)))).getMessage());
        assertEquals("offset_dims in gather op must be sorted; got (2, 0)",
                assertThrows(ShapeException.class, () -> gather(new int[] {2, 0}, new int[] {}, new int[] {1}, 2, 3)
                        .abstractEval(List.of(f32(5, 4), i32(6, 1)))).getMessage());
    }

    private static Scatter scatter(Scatter.Op op, int[] window, int[] inserted, int[] toOperand) {
        return new Scatter(op, new ScatterDimensionNumbers(IntTuple.of(window), IntTuple.of(inserted), IntTuple.of(toOperand)),
                GatherScatterMode.FILL_OR_DROP, false, false);
    }

    @Test
    void scatterReturnsTheOperandType() {
        Scatter s = scatter(Scatter.Op.ADD, new int[] {1}, new int[] {0}, new int[] {0});
        assertEquals("scatter-add", s.primitiveName());
        assertEquals(f32(5, 3), s.abstractEval(List.of(f32(5, 3), i32(4, 1), f32(4, 3))).getFirst());
    }

    @Test
    void scatterErrors() {
        Scatter s = scatter(Scatter.Op.SET, new int[] {1}, new int[] {0}, new int[] {0});
        assertEquals("lax.scatter requires arguments to have the same dtypes, got float32, int32.",
                assertThrows(DTypeException.class, () -> s.abstractEval(List.of(f32(5, 3), i32(4, 1), i32(4, 3)))).getMessage());
        assertEquals("Updates tensor must be of rank 2; got 3.",
                assertThrows(ShapeException.class, () -> s.abstractEval(List.of(f32(5, 3), i32(4, 1), f32(4, 3, 1)))).getMessage());
        assertEquals("Bounds of the window dimensions of updates must not exceed the bounds of the corresponding dimensions of operand. For dimension 1, updates bound is 4, operand bound is 3.",
                assertThrows(ShapeException.class, () -> s.abstractEval(List.of(f32(5, 3), i32(4, 1), f32(4, 4)))).getMessage());
        assertEquals("Bounds of the scatter dimensions of updates must be the same as the bounds of the corresponding dimensions of scatter indices. For scatter dimension 0, updates bound is 2, scatter_indices bound is 4.",
                assertThrows(ShapeException.class, () -> s.abstractEval(List.of(f32(5, 3), i32(4, 1), f32(2, 3)))).getMessage());
        Scatter noWindow = scatter(Scatter.Op.SET, new int[] {}, new int[] {0}, new int[] {0});
        assertEquals("Scatter op has window of size 1; doesn't match operand of rank 2.",
                assertThrows(ShapeException.class, () -> noWindow.abstractEval(List.of(f32(5, 3), i32(4, 1), f32(4)))).getMessage());
    }

    private static ConvGeneralDilated conv1d(int stride, int lo, int hi, int lhsDil, int rhsDil, int groups) {
        return new ConvGeneralDilated(IntTuple.of(stride), List.of(IntTuple.of(lo, hi)), IntTuple.of(lhsDil), IntTuple.of(rhsDil),
                new ConvDimensionNumbers(IntTuple.of(0, 1, 2), IntTuple.of(0, 1, 2), IntTuple.of(0, 1, 2)), groups, 1, null);
    }

    @Test
    void convOutputSizes() {
        // (10 + 2 + 1 - 3) / 1 + 1 = 11; stride 2 valid: (10 - 3) / 2 + 1 = 4; lhs dilation 2: 19 - 3 + 1 = 17; rhs dilation 2: 10 - 5 + 1 = 6
        assertEquals(f32(2, 4, 11), conv1d(1, 2, 1, 1, 1, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 3, 3))).getFirst());
        assertEquals(f32(2, 4, 4), conv1d(2, 0, 0, 1, 1, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 3, 3))).getFirst());
        assertEquals(f32(2, 4, 17), conv1d(1, 0, 0, 2, 1, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 3, 3))).getFirst());
        assertEquals(f32(2, 4, 6), conv1d(1, 0, 0, 1, 2, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 3, 3))).getFirst());
        assertEquals(f32(1, 4, 8), conv1d(1, 0, 0, 1, 1, 2).abstractEval(List.of(f32(1, 6, 10), f32(4, 3, 3))).getFirst());
    }

    @Test
    void convErrors() {
        assertEquals("conv_general_dilated lhs feature dimension size divided by feature_group_count must equal the rhs input feature dimension size, but 3 // 1 != 2.",
                assertThrows(ShapeException.class, () -> conv1d(1, 0, 0, 1, 1, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 2, 3)))).getMessage());
        assertEquals("lax.conv_general_dilated requires arguments to have the same dtypes, got float32, int32. (Tip: jnp.conv_general_dilated is a similar function that does automatic type promotion on inputs).",
                assertThrows(DTypeException.class, () -> conv1d(1, 0, 0, 1, 1, 1).abstractEval(List.of(f32(2, 3, 10), i32(4, 3, 3)))).getMessage());
        assertEquals("conv_general_dilated lhs and rhs must have the same rank, got 3 and 2.",
                assertThrows(ShapeException.class, () -> conv1d(1, 0, 0, 1, 1, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 3)))).getMessage());
        assertEquals("conv_general_dilated window_strides must have all positive entries, got (0,).",
                assertThrows(ShapeException.class, () -> conv1d(0, 0, 0, 1, 1, 1).abstractEval(List.of(f32(2, 3, 10), f32(4, 3, 3)))).getMessage());
    }

    @Test
    void fillOrDropGathersPrintTheirFillValueAsLaxGatherSetsIt() {
        GatherDimensionNumbers dn = new GatherDimensionNumbers(IntTuple.EMPTY, IntTuple.of(0), IntTuple.of(0));
        Gather floats = Gather.of(dn, IntTuple.of(1), GatherScatterMode.FILL_OR_DROP, false, false, DType.FLOAT32);
        Gather ints = Gather.of(dn, IntTuple.of(1), GatherScatterMode.FILL_OR_DROP, false, false, DType.INT32);
        Gather promised = Gather.of(dn, IntTuple.of(1), GatherScatterMode.PROMISE_IN_BOUNDS, false, false, DType.FLOAT32);
        org.junit.jupiter.api.Assertions.assertTrue(floats.params().contains(new Param("fill_value", "nan")), floats.params().toString());
        org.junit.jupiter.api.Assertions.assertTrue(ints.params().contains(new Param("fill_value", "-2147483648")), ints.params().toString());
        org.junit.jupiter.api.Assertions.assertTrue(promised.params().contains(new Param("fill_value", "None")), promised.params().toString());
    }
}
