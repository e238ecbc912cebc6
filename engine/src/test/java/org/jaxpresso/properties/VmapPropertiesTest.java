package org.jaxpresso.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jaxpresso.Array;
import org.jaxpresso.Jax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.trace.JaxprEval;
import org.junit.jupiter.api.Test;

/**
 * {@code Jax.vmap} against its definition on generated programs ({@link VmapCase}): the vmapped
 * result equals stacking the plain program's per-example results along the out axis, for
 * 1–3 nested vmaps with random sizes, in axes (negative and None included), out axes (negative,
 * one int for all, None for unbatched outputs), closures over concrete arrays and over outer
 * vmaps' tracers; and under {@code make_jaxpr}, the jaxpr of a vmap type-checks and evaluates to
 * the eager vmap's result. Fixed seeds (1,800 cases by default, a few seconds); every failure
 * prints the seed, program, vmaps, inputs and the expected and actual values; rebuild a case
 * with {@code new VmapCase(seed, …)} as the test does. {@code -Djaxpresso.vmapCases=N} sets the
 * count of the first two properties (the others run N/2) for longer hunts.
 *
 * <p>Comparison is bit for bit (floats by {@link Float#floatToIntBits}, so NaNs are equal):
 * every batching rule computes each example's elements with the same operations in the same
 * order as the unbatched program — elementwise ops are unchanged; reductions, cumulative ops,
 * dot_general and convolutions only gain an independent batch (or feature-group) dimension, and
 * the reference kernels accumulate each output element over its own window in a fixed order that
 * does not depend on the other dimensions; the indexing rules only move values. A tolerance
 * would hide a rule that, say, mixed examples in a sum by a small amount.
 */
class VmapPropertiesTest {
    private static final int CASES = Integer.getInteger("jaxpresso.vmapCases", 600);

    @FunctionalInterface
    interface Property {
        void check(VmapCase c);
    }

    private static void forAllCases(String name, long firstSeed, int count, int minLevels, int maxLevels, int closedChance, Property p) {
        List<Long> seeds = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            VmapCase c = null;
            try {
                c = new VmapCase(seed, minLevels, maxLevels, closedChance);
                p.check(c);
            } catch (Throwable t) {
                seeds.add(seed);
                if (failures.size() < 3) failures.add(describe(seed, c, t));
            }
        }
        if (!seeds.isEmpty()) {
            fail(name + " failed for " + seeds.size() + " of " + count + " cases, seeds " + seeds + "\n\n" + String.join("\n", failures));
        }
    }

    private static String describe(long seed, VmapCase c, Throwable t) {
        StringWriter stack = new StringWriter();
        t.printStackTrace(new PrintWriter(stack));
        return (c == null ? "seed " + seed + " (case not built)\n" : c.toString()) + t + "\n"
                + stack.toString().lines().skip(1).limit(10).reduce("", (a, b) -> a + b + "\n");
    }

    /** One vmap, closures over concrete arrays now and then. */
    @Test
    void vmapEqualsStackingThePerExampleResults() {
        forAllCases("vmap == stack of per-example results", 0, CASES, 1, 1, 8, c -> assertSame(c.expected(), c.runVmap(), "vmap"));
    }

    /** 2–3 nested vmaps, each its own trace; inner levels close over outer tracers now and then. */
    @Test
    void nestedVmapsEqualNestedStacking() {
        forAllCases("vmap(vmap(...)) == nested stacking", 100_000, CASES, 2, 3, 5, c -> assertSame(c.expected(), c.runVmap(), "nested vmap"));
    }

    /** Every level closes over about half of the inputs (at least one stays mapped). */
    @Test
    void closuresOverConcreteArraysAndOuterTracers() {
        forAllCases("vmap closing over values", 200_000, CASES / 2, 1, 3, 2, c -> assertSame(c.expected(), c.runVmap(), "vmap with closures"));
    }

    /** {@code make_jaxpr(vmap(f))} passes the checker and evaluates to the eager vmap's result. */
    @Test
    void makeJaxprOfVmapChecksAndEvaluatesToTheEagerResult() {
        forAllCases("make_jaxpr(vmap)", 300_000, CASES / 2, 1, 3, 6, c -> {
            List<Array> eager = c.runVmap();
            ClosedJaxpr j = Jax.makeJaxpr(c.outermost(), c.passedInputs().toArray());
            try {
                JaxprChecker.check(j);
                assertSame(eager, JaxprEval.eval(j, c.passedInputs()), "JaxprEval.eval of make_jaxpr(vmap) vs eager vmap");
            } catch (Throwable t) {
                throw new AssertionError(t.getMessage() + "\njaxpr:\n" + j, t);
            }
        });
    }

    /** The cases the properties run do exercise every step kind and every kind of axis, so no property holds vacuously. */
    @Test
    void theCasesCoverEveryPrimitiveAndEveryKindOfAxis() {
        Set<String> seen = new TreeSet<>();
        for (long[] range : new long[][] {{0, CASES, 1, 1, 8}, {100_000, CASES, 2, 3, 5}, {200_000, CASES / 2, 1, 3, 2}}) {
            for (long seed = range[0]; seed < range[0] + range[1]; seed++) {
                VmapCase c = new VmapCase(seed, (int) range[2], (int) range[3], (int) range[4]);
                for (var s : c.program.steps()) {
                    seen.add(s.primitive());
                    if (s.primitive().equals("dot_general") && !s.params().contains("), ((), ()))")) seen.add("dot_general with batch dims");
                    if (s.aval().shape().toList().contains(0)) seen.add("size-0 dim");
                    if (s.aval().shape().toList().contains(1)) seen.add("size-1 dim");
                }
                seen.add(c.levels.size() + " levels");
                for (int k = 0; k < c.levels.size(); k++) {
                    VmapCase.Level l = c.levels.get(k);
                    seen.add("size " + l.size());
                    for (VmapCase.ArgMode m : l.args()) {
                        if (m.mode() == VmapCase.Mode.MAPPED) seen.add(m.axis() < 0 ? "negative in axis" : "in axis " + m.axis());
                        if (m.mode() == VmapCase.Mode.NONE) seen.add("in axis None");
                        if (m.mode() == VmapCase.Mode.CLOSED) seen.add(k == c.levels.size() - 1 ? "closes over a concrete array" : "closes over an outer tracer");
                    }
                    for (Integer o : l.outAxes()) seen.add(o == null ? "out axis None" : o < 0 ? "negative out axis" : "out axis " + o);
                    if (l.outAxesAsOneInt()) seen.add("one out axis for all");
                    if (l.passAxisSize()) seen.add("axis_size");
                    if (l.fixedArity()) seen.add("Fn1/Fn2/Fn3");
                }
            }
        }
        List<String> wanted = List.of("gather", "scatter", "dynamic_slice", "dynamic_update_slice", "convolve", "split", "select_n", "clamp",
                "pad", "cumsum", "cumprod", "cummax", "argmax", "argmin", "dot_general with batch dims", "reduce_sum", "reduce_max", "concatenate",
                "broadcast_in_dim", "reshape", "transpose", "rev", "slice", "squeeze", "convert_element_type", "integer_pow", "round",
                "size-0 dim", "size-1 dim", "1 levels", "2 levels", "3 levels", "size 1", "size 4", "negative in axis", "in axis 2", "in axis None",
                "closes over a concrete array", "closes over an outer tracer", "out axis None", "negative out axis", "out axis 3",
                "one out axis for all", "axis_size", "Fn1/Fn2/Fn3");
        List<String> missing = wanted.stream().filter(w -> !seen.contains(w)).toList();
        assertTrue(missing.isEmpty(), () -> "never generated: " + missing + "; seen " + seen);
    }

    /** Same types and elements; floats bit for bit. */
    static void assertSame(List<Array> expected, List<Array> actual, String what) {
        if (expected.size() != actual.size()) fail(what + ": " + actual.size() + " outputs, expected " + expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Array e = expected.get(i);
            Array a = actual.get(i);
            String msg = what + " output " + i + ": expected " + RandomProgramPropertiesTest.values(e) + "\n  but was " + RandomProgramPropertiesTest.values(a);
            if (e.dtype() != a.dtype() || !e.shape().equals(a.shape())) fail(msg);
            boolean same = switch (e.dtype()) {
                case FLOAT32, FLOAT64 -> {
                    double[] ev = e.toDoubleArray();
                    double[] av = a.toDoubleArray();
                    boolean ok = true;
                    for (int k = 0; k < ev.length; k++) ok &= Float.floatToIntBits((float) ev[k]) == Float.floatToIntBits((float) av[k]);
                    yield ok;
                }
                case INT32, INT64 -> java.util.Arrays.equals(e.toLongArray(), a.toLongArray());
                case BOOL -> java.util.Arrays.equals(e.toBooleanArray(), a.toBooleanArray());
            };
            if (!same) fail(msg);
        }
    }
}
