package org.jaxpresso.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.cpu.CpuInterpreter;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.testkit.RandomProgram;
import org.jaxpresso.testkit.RandomPrograms;
import org.jaxpresso.trace.JaxprEval;
import org.junit.jupiter.api.Test;

/**
 * Properties of tracing, evaluating and printing that must hold for every program: each test
 * runs {@link #PROGRAMS} (200) {@link RandomPrograms} (seeds 0…) and reports every failing seed with
 * its program and jaxpr. Reproduce one with {@code RandomPrograms.generate(seed)}.
 */
class RandomProgramPropertiesTest {
    /** 200 by default; {@code -Djaxpresso.programs=5000} for a longer hunt. */
    static final int PROGRAMS = Integer.getInteger("jaxpresso.programs", 200);

    /** One program with its inputs; {@link #trace()} remembers the jaxpr text for the failure message. */
    static final class Case {
        final long seed;
        final RandomProgram program;
        final List<Array> inputs;
        String jaxprText;

        Case(long seed) {
            this.seed = seed;
            this.program = RandomPrograms.generate(seed);
            this.inputs = RandomPrograms.randomInputs(program, seed);
        }

        ClosedJaxpr trace() {
            ClosedJaxpr j = Jax.makeJaxpr(program.asFn(), inputs.toArray());
            jaxprText = j.toString();
            return j;
        }

        String describe(Throwable t) {
            StringWriter stack = new StringWriter();
            t.printStackTrace(new PrintWriter(stack));
            return "seed " + seed + ": " + t + "\n" + program + "\njaxpr:\n" + (jaxprText == null ? "(not traced)" : jaxprText)
                    + "\ninputs:\n" + inputs.stream().map(RandomProgramPropertiesTest::values).reduce("", (a, b) -> a + "  " + b + "\n") + stack.toString().lines().limit(8).reduce("", (a, b) -> a + b + "\n");
        }
    }

    @FunctionalInterface
    interface Property {
        void check(Case c);
    }

    static void forAllPrograms(String name, Property property) {
        List<String> failures = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (long seed = 0; seed < PROGRAMS; seed++) {
            Case c = new Case(seed);
            try {
                property.check(c);
            } catch (Throwable t) {
                seeds.add(seed);
                if (failures.size() < 3) failures.add(c.describe(t));
            }
        }
        if (!seeds.isEmpty()) {
            fail(name + " failed for " + seeds.size() + " of " + PROGRAMS + " programs, seeds " + seeds + "\n\n" + String.join("\n", failures));
        }
    }

    @Test
    void tracedJaxprTypeChecksAndHasTheProgramsAvals() {
        forAllPrograms("check_jaxpr of make_jaxpr", c -> {
            ClosedJaxpr j = c.trace();
            JaxprChecker.check(j);
            assertEquals(c.program.inAvals(), j.inAvals().stream().map(ShapedArray::strong).toList(), "input avals");
            assertAvals(c.program.outAvals(), j.outAvals(), "jaxpr output avals");
        });
    }

    @Test
    void eagerResultsHaveThePredictedAvals() {
        forAllPrograms("eager output avals", c -> {
            List<Array> eager = c.program.apply(c.inputs);
            assertAvals(c.program.outAvals(), eager.stream().map(Array::aval).toList(), "eager output avals");
        });
    }

    @Test
    void evaluatingTheJaxprEqualsRunningTheProgramEagerly() {
        forAllPrograms("JaxprEval.eval == eager", c -> {
            List<Array> eager = c.program.apply(c.inputs);
            List<Array> evaluated = JaxprEval.eval(c.trace(), c.inputs);
            assertBitwiseEqual(eager, evaluated);
        });
    }

    @Test
    void printingIsDeterministicWithOneBinderPerVariable() {
        forAllPrograms("printing", c -> {
            ClosedJaxpr j = c.trace();
            String text = j.toString();
            assertEquals(text, j.toString(), "printing the same jaxpr twice");
            assertEquals(text, c.trace().toString(), "tracing the same program twice");
            assertEquals(text, Jax.makeJaxpr(c.program.asFn(), c.program.specs()).toString(), "tracing on ShapeDtype specs");
            PrintedJaxpr printed = new PrintedJaxpr(text);
            assertTrue(printed.problems.isEmpty(), () -> "variable names: " + printed.problems);
            int variables = j.jaxpr().constvars().size() + j.jaxpr().invars().size()
                    + j.eqns().stream().mapToInt(e -> e.outputs().size()).sum();
            assertEquals(variables, printed.binders.size(), () -> "binders printed: " + printed.binders);
            assertEquals(j.eqns().size(), printed.eqnCount, "equations printed");
            assertEquals(c.program.steps().size(), j.eqns().size(), "one equation per Lax call");
        });
    }

    @Test
    void retracingTheEvaluationPrintsTheSameJaxpr() {
        forAllPrograms("make_jaxpr(JaxprEval.eval)", c -> {
            ClosedJaxpr first = c.trace();
            FnN replay = args -> JaxprEval.eval(first, Arrays.stream(args).map(a -> (Array) a).toList());
            ClosedJaxpr second = Jax.makeJaxpr(replay, c.inputs.toArray());
            JaxprChecker.check(second);
            assertEquals(first.toString(), second.toString());
            assertEquals(first.consts().size(), second.consts().size(), "consts");
            for (int i = 0; i < first.consts().size(); i++) assertTrue(first.consts().get(i) == second.consts().get(i), "const " + i);
        });
    }

    /** The default backend's fast paths agree with the reference interpreter, bit for bit. */
    @Test
    void defaultBackendEqualsTheReferenceInterpreter() {
        forAllPrograms("cpu backend == cpu-reference", c -> {
            List<Array> fast = c.program.apply(c.inputs);
            Backend previous = Backends.current();
            List<Array> reference;
            Backends.setCurrent(new CpuInterpreter());
            try {
                reference = c.program.apply(c.inputs);
            } finally {
                Backends.setCurrent(previous);
            }
            assertBitwiseEqual(reference, fast);
        });
    }

    /** {@code f32[2,2] [0.5, 1.0, -2.0, 0.25]}: the type and the row-major elements. */
    static String values(Array a) {
        String elems = switch (a.dtype()) {
            case FLOAT32, FLOAT64 -> Arrays.toString(a.toDoubleArray());
            case INT32, INT64 -> Arrays.toString(a.toLongArray());
            case BOOL -> Arrays.toString(a.toBooleanArray());
        };
        return a.aval().typeString() + " " + elems;
    }

    private static void assertAvals(List<ShapedArray> expected, List<ShapedArray> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": count");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).typeString(), actual.get(i).typeString(), what + ": output " + i);
        }
    }

    /** Equal avals and elements; floats compare by {@link Float#floatToIntBits}, so NaN equals NaN and -0.0 differs from 0.0. */
    static void assertBitwiseEqual(List<Array> expected, List<Array> actual) {
        assertEquals(expected.size(), actual.size(), "number of outputs");
        for (int i = 0; i < expected.size(); i++) {
            Array e = expected.get(i);
            Array a = actual.get(i);
            assertEquals(e.aval().typeString(), a.aval().typeString(), "output " + i + " type");
            String where = "output " + i;
            switch (e.dtype()) {
                case FLOAT32, FLOAT64 -> {
                    double[] ev = e.toDoubleArray();
                    double[] av = a.toDoubleArray();
                    for (int k = 0; k < ev.length; k++) {
                        if (Float.floatToIntBits((float) ev[k]) != Float.floatToIntBits((float) av[k])) {
                            fail(where + " element " + k + ": expected " + values(e) + " but was " + values(a));
                        }
                    }
                }
                case INT32, INT64 -> assertEquals(Arrays.toString(e.toLongArray()), Arrays.toString(a.toLongArray()), where);
                case BOOL -> assertEquals(Arrays.toString(e.toBooleanArray()), Arrays.toString(a.toBooleanArray()), where);
            }
        }
    }
}
