package org.jaxpresso.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.JaxprChecker;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.testkit.RandomProgram;
import org.jaxpresso.testkit.RandomPrograms;
import org.jaxpresso.trace.JaxprEval;
import org.jaxpresso.transform.jit.compile.JitNumerics;
import org.junit.jupiter.api.Test;

/**
 * {@code Jax.jit} against its definition — jit does not change what a function computes — on
 * generated programs: {@code jit(f)(args)} equals {@code f(args)} run eagerly; jit composed with
 * vmap ({@code jit(vmap(f))}, {@code vmap(jit(f))}, {@code vmap(jit(vmap(f)))}), nested
 * ({@code jit(g)} with {@code g} calling {@code jit(f)}, once or twice) and closing over concrete
 * arrays and outer vmaps' tracers equals vmap's definition computed without vmap or jit
 * ({@link JitCase}); {@code make_jaxpr} of those passes {@link JaxprChecker} (which checks the
 * jit bodies too) and evaluates to the eager result. Fixed seeds; every failure prints the seed,
 * program, vmaps, jit positions, inputs and the expected and actual values.
 * {@code -Djaxpresso.jitCases=N} sets the count of each property (default 600).
 *
 * <p>Comparison follows jit's numerics policy ({@link JitNumerics}): bit for bit, weak types
 * included for plain jit, for every program without an approximated function; a program with
 * float32 {@code tanh}, {@code exp} or {@code log} is compared within the policy's tolerance and,
 * in addition, compiled again in exact mode ({@value JitNumerics#EXACT_PROPERTY}) and compared bit
 * for bit.
 */
class JitPropertiesTest {
    private static final int CASES = Integer.getInteger("jaxpresso.jitCases", 600);

    @FunctionalInterface
    interface Check {
        void run(long seed, StringBuilder context) throws Throwable;
    }

    /** Runs {@code check} for seeds {@code firstSeed … firstSeed + count - 1}; fails listing every failing seed, with the first three's context and stack. */
    static void forAllSeeds(String name, long firstSeed, int count, Check check) {
        List<Long> seeds = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            StringBuilder context = new StringBuilder();
            try {
                check.run(seed, context);
            } catch (Throwable t) {
                seeds.add(seed);
                if (failures.size() < 3) {
                    StringWriter stack = new StringWriter();
                    t.printStackTrace(new PrintWriter(stack));
                    failures.add("seed " + seed + "\n" + context + t + "\n" + stack.toString().lines().skip(1).limit(12).reduce("", (a, b) -> a + b + "\n"));
                }
            }
        }
        if (!seeds.isEmpty()) fail(name + " failed for " + seeds.size() + " of " + count + " cases, seeds " + seeds + "\n\n" + String.join("\n", failures));
    }

    private static RandomProgram program(long seed) {
        return seed % 2 == 0 ? RandomPrograms.generate(seed) : RandomPrograms.generateExtended(seed);
    }

    private static String describe(RandomProgram p, List<Array> inputs) {
        StringBuilder sb = new StringBuilder(p.toString()).append("\ninputs:\n");
        for (Array a : inputs) sb.append("  ").append(RandomProgramPropertiesTest.values(a)).append('\n');
        return sb.toString();
    }

    /**
     * {@code jit(f)(x) == f(x)} eagerly, weak types included; a second call with other values of
     * the same types gives {@code f} of those and does not trace {@code f} again.
     */
    @Test
    void jitEqualsTheEagerFunction() {
        forAllSeeds("jit(f) == f", 0, 2 * CASES, (seed, ctx) -> {
            RandomProgram p = program(seed);
            List<Array> in1 = RandomPrograms.randomInputs(p, seed);
            List<Array> in2 = RandomPrograms.randomInputs(p, seed + 1_000_003);
            ctx.append(describe(p, in1));
            AtomicInteger traces = new AtomicInteger();
            FnN f = args -> {
                traces.incrementAndGet();
                return p.asFn().apply(args);
            };
            boolean approximated = JitNumerics.mayApproximate(Jax.makeJaxpr(p.asFn(), in1.toArray()));
            FnN jf = Jax.jit(f);
            assertSameWeak(approximated, p.apply(in1), JitCase.asList(jf.apply(in1.toArray())), "jit(f)(x) vs f(x)");
            assertEquals(1, traces.get(), "traces after the first call");
            ctx.append("second inputs:\n").append(describe(p, in2).lines().dropWhile(l -> !l.equals("inputs:")).skip(1).reduce("", (a, b) -> a + b + "\n"));
            assertSameWeak(approximated, p.apply(in2), JitCase.asList(jf.apply(in2.toArray())), "jit(f)(y) vs f(y), second call");
            assertEquals(1, traces.get(), "traces after a second call with the same types (cache miss)");
            if (approximated) {
                FnN exact = Jax.jit(p.asFn());
                assertSameWeak(p.apply(in1), exactly(() -> JitCase.asList(exact.apply(in1.toArray()))), "exact-mode jit(f)(x) vs f(x)");
            }
        });
    }

    /** jit inserted into one vmap: {@code jit(vmap(f))}, {@code vmap(jit(f))}, nested jits, closures over concrete arrays. */
    @Test
    void jitAroundAndInsideOneVmap() {
        forAllSeeds("jit with one vmap", 400_000, CASES, (seed, ctx) -> compositionEqualsDefinition(new JitCase(seed, 1, 1, 4), ctx));
    }

    /** jit between 2–3 nested vmaps ({@code vmap(jit(vmap(f)))}), closing over outer vmaps' tracers now and then. */
    @Test
    void jitBetweenNestedVmaps() {
        forAllSeeds("jit with nested vmaps", 500_000, CASES, (seed, ctx) -> compositionEqualsDefinition(new JitCase(seed, 2, 3, 3), ctx));
    }

    private static void compositionEqualsDefinition(JitCase c, StringBuilder ctx) {
        ctx.append(c);
        boolean approximated = JitNumerics.mayApproximate(Jax.makeJaxpr(c.function(), c.base.passedInputs().toArray()));
        assertJitEqual(approximated, c.base.expected(), c.run(), "jit/vmap composition vs vmap's definition");
        if (approximated) VmapPropertiesTest.assertSame(c.base.expected(), exactly(c::run), "exact-mode jit/vmap composition vs vmap's definition");
    }

    /** {@code body} with jit compiling in exact mode ({@link JitNumerics#EXACT_PROPERTY}); its jits must be fresh. */
    static <T> T exactly(Supplier<T> body) {
        String old = System.getProperty(JitNumerics.EXACT_PROPERTY);
        System.setProperty(JitNumerics.EXACT_PROPERTY, "true");
        try {
            return body.get();
        } finally {
            if (old == null) System.clearProperty(JitNumerics.EXACT_PROPERTY);
            else System.setProperty(JitNumerics.EXACT_PROPERTY, old);
        }
    }

    /**
     * Jitted vs eager values under the numerics policy: bit for bit unless {@code approximated};
     * then dtypes, shapes, integers and bools still exactly, float32 elements within
     * {@link JitNumerics#APPROXIMATE_FLOAT32_ULPS} ulp (NaN matching NaN).
     */
    static void assertJitEqual(boolean approximated, List<Array> expected, List<Array> actual, String what) {
        if (!approximated) {
            VmapPropertiesTest.assertSame(expected, actual, what);
            return;
        }
        assertEquals(expected.size(), actual.size(), what + ": outputs");
        for (int i = 0; i < expected.size(); i++) {
            Array e = expected.get(i);
            Array a = actual.get(i);
            if (e.dtype() != org.jaxpresso.DType.FLOAT32) {
                VmapPropertiesTest.assertSame(List.of(e), List.of(a), what + " (output " + i + ")");
                continue;
            }
            assertEquals(e.aval().str(), a.aval().str(), what + " output " + i + " type");
            float[] ev = e.toFloatArray();
            float[] av = a.toFloatArray();
            for (int k = 0; k < ev.length; k++) {
                if (!withinUlps(ev[k], av[k], JitNumerics.APPROXIMATE_FLOAT32_ULPS)) {
                    fail(what + " output " + i + " element " + k + ": expected " + ev[k] + " but was " + av[k] + ", more than "
                            + JitNumerics.APPROXIMATE_FLOAT32_ULPS + " ulp apart\n  expected " + RandomProgramPropertiesTest.values(e)
                            + "\n  but was " + RandomProgramPropertiesTest.values(a));
                }
            }
        }
    }

    private static boolean withinUlps(float e, float a, int ulps) {
        if (Float.isNaN(e) || Float.isNaN(a)) return Float.isNaN(e) && Float.isNaN(a);
        if (Float.isInfinite(e) || Float.isInfinite(a)) return e == a;
        // Distance in representable floats (monotone integer mapping of the bit patterns).
        long ei = ordered(e);
        long ai = ordered(a);
        return Math.abs(ei - ai) <= ulps;
    }

    private static long ordered(float f) {
        int bits = Float.floatToIntBits(f);
        return bits < 0 ? -(long) (bits & 0x7fffffff) : bits;
    }

    /** {@code make_jaxpr(jit(f))}: one jit equation; it and its body type-check; evaluating it gives {@code f(x)}. */
    @Test
    void makeJaxprOfJitChecksAndEvaluatesToTheEagerResult() {
        forAllSeeds("make_jaxpr(jit(f))", 600_000, CASES, (seed, ctx) -> {
            RandomProgram p = program(seed);
            List<Array> in = RandomPrograms.randomInputs(p, seed);
            ctx.append(describe(p, in));
            ClosedJaxpr j = Jax.makeJaxpr(Jax.jit(p.asFn()), in.toArray());
            ctx.append("jaxpr:\n").append(j).append('\n');
            assertEquals(1, j.eqns().size(), "make_jaxpr(jit(f)) is one equation");
            assertTrue(j.eqns().getFirst().primitive() instanceof JitCall, "make_jaxpr(jit(f)) is a jit equation");
            JaxprChecker.check(j);
            VmapPropertiesTest.assertSame(p.apply(in), JaxprEval.eval(j, in), "JaxprEval.eval(make_jaxpr(jit(f))) vs f(x)");
        });
    }

    /** {@code make_jaxpr} of the compositions ({@code vmap(jit(f))} and the others) type-checks, nested bodies included, and evaluates to the eager result. */
    @Test
    void makeJaxprOfJitUnderVmapChecksAndEvaluatesToTheEagerResult() {
        forAllSeeds("make_jaxpr(vmap(jit(f)) …)", 700_000, CASES, (seed, ctx) -> {
            JitCase c = new JitCase(seed, 1, 3, 4);
            ctx.append(c);
            List<Array> eager = c.run();
            ClosedJaxpr j = Jax.makeJaxpr(c.function(), c.base.passedInputs().toArray());
            ctx.append("jaxpr:\n").append(j).append('\n');
            assertTrue(j.eqns().stream().map(Eqn::primitive).anyMatch(q -> q instanceof JitCall), "the jaxpr has a jit equation");
            JaxprChecker.check(j);
            VmapPropertiesTest.assertSame(eager, JaxprEval.eval(j, c.base.passedInputs()), "JaxprEval.eval of the jaxpr vs the eager composition");
        });
    }

    /** The composition cases do exercise every placement of jit, so no property holds vacuously. */
    @Test
    void theCasesCoverEveryPlacementOfJit() {
        Set<String> seen = new TreeSet<>();
        for (long[] range : new long[][] {{400_000, CASES, 1, 1, 4}, {500_000, CASES, 2, 3, 3}, {700_000, CASES, 1, 3, 4}}) {
            for (long seed = range[0]; seed < range[0] + range[1]; seed++) {
                JitCase c = new JitCase(seed, (int) range[2], (int) range[3], (int) range[4]);
                int n = c.base.levels.size();
                for (int k = 0; k <= n; k++) {
                    JitCase.Wrap w = c.wraps.get(k);
                    if (w == JitCase.Wrap.NONE) continue;
                    seen.add(k == n ? "jit(vmap(f))" : k == 0 ? "vmap(jit(f))" : "vmap(jit(vmap(f)))");
                    seen.add(w.toString());
                    if (k < n && c.base.levels.get(k).fixedArity()) seen.add("jit(Fn1/Fn2/Fn3)");
                    if (c.closesOverConcrete(k)) seen.add("jit closing over a concrete array");
                    if (c.closesOverTracer(k)) seen.add("jit closing over an outer vmap's tracer");
                }
                if (n >= 2 && c.wraps.get(n) != JitCase.Wrap.NONE && c.wraps.get(0) != JitCase.Wrap.NONE) seen.add("jit(vmap(vmap(jit(f))))");
                for (var s : c.base.program.steps()) seen.add(s.primitive());
            }
        }
        List<String> wanted = List.of("jit(vmap(f))", "vmap(jit(f))", "vmap(jit(vmap(f)))", "jit(vmap(vmap(jit(f))))", "JIT", "NESTED",
                "NESTED_CALLED_TWICE", "jit(Fn1/Fn2/Fn3)", "jit closing over a concrete array", "jit closing over an outer vmap's tracer",
                "gather", "scatter", "convolve", "dot_general", "cumsum", "reduce_sum", "select_n", "clamp");
        List<String> missing = wanted.stream().filter(w -> !seen.contains(w)).toList();
        assertTrue(missing.isEmpty(), () -> "never generated: " + missing + "; seen " + seen);
    }

    /** {@link #assertJitEqual} and the weak types equal too. */
    static void assertSameWeak(boolean approximated, List<Array> expected, List<Array> actual, String what) {
        assertJitEqual(approximated, expected, actual, what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).aval().str(), actual.get(i).aval().str(), what + " output " + i + " type (weak types included)");
        }
    }

    /** {@link VmapPropertiesTest#assertSame} and the weak types equal too. */
    static void assertSameWeak(List<Array> expected, List<Array> actual, String what) {
        VmapPropertiesTest.assertSame(expected, actual, what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).aval().str(), actual.get(i).aval().str(), what + " output " + i + " type (weak types included)");
        }
    }
}
