package org.jaxpresso.transform.jit.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Jax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.testkit.RandomProgram;
import org.jaxpresso.testkit.RandomPrograms;
import org.junit.jupiter.api.Test;

/**
 * The compiled program equals the reference, bit for bit, on {@link #PROGRAMS} random programs of
 * each generator ({@link CompiledJaxpr#compileExact}, so the vector path only runs exact ops).
 */
class CompiledJaxprRandomProgramsTest {
    static final int PROGRAMS = Integer.getInteger("jaxpresso.programs", 400);

    @Test
    void basicProgramsAreBitIdenticalToTheReference() { check(false); }

    @Test
    void extendedProgramsAreBitIdenticalToTheReference() { check(true); }

    private static void check(boolean extended) {
        List<Long> failing = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int fused = 0;
        for (long seed = 0; seed < PROGRAMS; seed++) {
            RandomProgram p = extended ? RandomPrograms.generateExtended(seed) : RandomPrograms.generate(seed);
            List<Array> inputs = RandomPrograms.randomInputs(p, seed);
            ClosedJaxpr j = null;
            CompiledJaxpr c = null;
            try {
                j = Jax.makeJaxpr(p.asFn(), inputs.toArray());
                c = CompiledJaxpr.compileExact(j);
                fused += c.fusedGroupCount();
                BufferAssertions.assertBitIdentical(BufferAssertions.reference(j, inputs), c.run(BufferAssertions.buffers(inputs)));
            } catch (Throwable t) {
                failing.add(seed);
                if (messages.size() < 3) messages.add("seed " + seed + ": " + t + "\n" + p + "\njaxpr:\n" + j + "\nplan:\n" + (c == null ? "" : c.describe()));
            }
        }
        if (!failing.isEmpty()) fail(failing.size() + " of " + PROGRAMS + " programs differ, seeds " + failing + "\n" + String.join("\n", messages));
        assertTrue(fused >= PROGRAMS / 2, "the programs exercised fusion (" + fused + " groups)");
    }
}
