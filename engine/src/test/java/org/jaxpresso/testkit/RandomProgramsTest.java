package org.jaxpresso.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.core.ShapedArray;
import org.junit.jupiter.api.Test;

/** The generator itself: reproducible, within its bounds, and covering what the properties rely on. */
class RandomProgramsTest {
    private static final int PROGRAMS = 200;

    private static List<RandomProgram> programs() {
        List<RandomProgram> out = new ArrayList<>();
        for (long seed = 0; seed < PROGRAMS; seed++) out.add(RandomPrograms.generate(seed));
        return out;
    }

    @Test
    void aSeedAlwaysGivesTheSameProgramAndInputs() {
        for (long seed : new long[] {0, 7, 123}) {
            RandomProgram a = RandomPrograms.generate(seed);
            RandomProgram b = RandomPrograms.generate(seed);
            assertEquals(a.toString(), b.toString());
            List<Array> x = RandomPrograms.randomInputs(a, seed);
            List<Array> y = RandomPrograms.randomInputs(b, seed);
            for (int i = 0; i < x.size(); i++) assertEquals(x.get(i).aval(), y.get(i).aval());
            for (int i = 0; i < x.size(); i++) assertArrayEquals(x.get(i).toDoubleArray(), y.get(i).toDoubleArray());
        }
        assertNotEquals(RandomPrograms.generate(1).toString(), RandomPrograms.generate(2).toString());
    }

    @Test
    void everyPrimitiveFamilyAppears() {
        Set<String> used = new TreeSet<>();
        for (RandomProgram p : programs()) for (RandomProgram.Step s : p.steps()) used.add(s.primitive());
        List<String> expected = List.of("abs", "add", "argmax", "argmin", "broadcast_in_dim", "clamp", "concatenate", "convert_element_type",
                "cummax", "cummin", "cumprod", "cumsum", "div", "dot_general", "dynamic_slice", "eq", "integer_pow", "log", "lt", "not",
                "pad", "reduce_and", "reduce_max", "reduce_min", "reduce_or", "reduce_prod", "reduce_sum", "rem", "reshape", "rev", "round",
                "select_n", "sin", "slice", "sqrt", "squeeze", "transpose", "xor");
        for (String name : expected) assertTrue(used.contains(name), () -> name + " never generated; generated " + used);
    }

    @Test
    void valuesStayWithinTheDocumentedBoundsAndCoverEdgeShapes() {
        Set<DType> dtypes = new HashSet<>();
        boolean sizeZero = false;
        boolean sizeOne = false;
        boolean scalar = false;
        boolean constvar = false;
        for (RandomProgram p : programs()) {
            List<ShapedArray> avals = new ArrayList<>(p.inAvals());
            for (RandomProgram.Step s : p.steps()) {
                avals.add(s.aval());
                constvar |= s.operands().stream().anyMatch(o -> o instanceof RandomProgram.Const c && c.array().ndim() > 0);
            }
            for (ShapedArray a : avals) {
                assertTrue(a.rank() <= RandomPrograms.MAX_RANK, () -> p + "\nrank of " + a);
                for (int d : a.shape().dims()) assertTrue(d >= 0 && d <= RandomPrograms.MAX_DIM, () -> p + "\ndimension of " + a);
                dtypes.add(a.dtype());
                sizeZero |= a.shape().toList().contains(0);
                sizeOne |= a.shape().toList().contains(1);
                scalar |= a.rank() == 0;
            }
            assertTrue(p.inputs().size() >= 1 && !p.steps().isEmpty() && !p.outputs().isEmpty(), p::toString);
        }
        assertEquals(Set.of(DType.FLOAT32, DType.INT32, DType.BOOL), dtypes);
        assertTrue(sizeZero && sizeOne && scalar && constvar, "size-0, size-1, rank-0 and non-scalar constants all appear");
    }

    @Test
    void printsStepsReadably() {
        RandomProgram p = RandomPrograms.generate(5);
        String text = p.toString();
        assertTrue(text.startsWith("program seed=5 inputs (v0:"), text);
        assertEquals(p.steps().size() + 2, text.lines().count(), text);
        assertTrue(text.lines().toList().getLast().startsWith("  return (v"), text);
    }
}
