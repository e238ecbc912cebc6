package org.jaxpresso.properties;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.function.Supplier;
import org.jaxpresso.Array;
import org.jaxpresso.Jax;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.opencl.OpenClPlatforms;
import org.jaxpresso.testkit.RandomProgram;
import org.jaxpresso.testkit.RandomPrograms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vmap and jit properties on the OpenCL backend (PoCL in CI) against the CPU as the oracle:
 * the same generated programs and vmap/jit compositions as {@link JitPropertiesTest} and
 * {@link VmapPropertiesTest}, computed once on the CPU and once with OpenCL as the default
 * device (eager operations as OpenCL kernels, jit's fused groups rendered to OpenCL C). Device
 * arithmetic is not the reference's bit for bit (its own transcendental functions, float
 * accumulation in float, reductions combined in a tree), so floats agree within a relative
 * {@value #RTOL}; dtypes, shapes, integers, bools, NaNs and infinities exactly. A subset of the
 * CPU properties' seeds ({@code -Djaxpresso.openclCases=N}, default 60 per property); skipped
 * without OpenCL.
 */
class OpenClPropertiesTest {
    private static final int CASES = Integer.getInteger("jaxpresso.openclCases", 60);
    static final double RTOL = 1e-4;

    private Backend device;

    @BeforeEach
    void openDevice() {
        assumeTrue(OpenClPlatforms.available(), () -> "no OpenCL device: " + OpenClPlatforms.problem());
        device = Backends.forDevice(Jax.devices("opencl").getFirst());
    }

    private <T> T onOpenCl(Supplier<T> body) {
        Backends.setCurrent(device);
        try {
            return body.get();
        } finally {
            Backends.setCurrent(null);
        }
    }

    private static void forAllSeeds(String name, long firstSeed, JitPropertiesTest.Check check) {
        JitPropertiesTest.forAllSeeds(name, firstSeed, CASES, check);
    }

    @Test
    void eagerAndJitOnOpenClEqualTheCpu() {
        forAllSeeds("f and jit(f) on OpenCL == f on the CPU", 0, (seed, ctx) -> {
            RandomProgram p = seed % 2 == 0 ? RandomPrograms.generate(seed) : RandomPrograms.generateExtended(seed);
            List<Array> in = RandomPrograms.randomInputs(p, seed);
            ctx.append(p).append('\n');
            List<Array> expected = p.apply(in);
            assertClose(expected, onOpenCl(() -> p.apply(in)), "eager on OpenCL");
            assertClose(expected, onOpenCl(() -> JitCase.asList(Jax.jit(p.asFn()).apply(in.toArray()))), "jit on OpenCL");
        });
    }

    @Test
    void vmapOnOpenClEqualsTheCpuDefinition() {
        forAllSeeds("vmap on OpenCL == stacking on the CPU", 100_000, (seed, ctx) -> {
            VmapCase c = new VmapCase(seed, 1, 3, 4);
            ctx.append(c);
            assertClose(c.expected(), onOpenCl(c::runVmap), "vmap on OpenCL");
        });
    }

    @Test
    void jitAndVmapCompositionsOnOpenClEqualTheCpuDefinition() {
        forAllSeeds("jit/vmap compositions on OpenCL == definition on the CPU", 700_000, (seed, ctx) -> {
            JitCase c = new JitCase(seed, 1, 3, 4);
            ctx.append(c);
            assertClose(c.base.expected(), onOpenCl(c::run), "jit/vmap composition on OpenCL");
        });
    }

    /** Same dtypes, shapes, integers and bools; floats within {@link #RTOL} (relative, or absolute below 1), NaN matching NaN. */
    static void assertClose(List<Array> expected, List<Array> actual, String what) {
        if (expected.size() != actual.size()) fail(what + ": " + actual.size() + " outputs, expected " + expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Array e = expected.get(i);
            Array a = actual.get(i);
            String msg = what + " output " + i + ": expected " + RandomProgramPropertiesTest.values(e) + "\n  but was " + RandomProgramPropertiesTest.values(a);
            if (!e.aval().str().equals(a.aval().str())) fail(msg + "\n  types " + e.aval().str() + " vs " + a.aval().str());
            boolean same = switch (e.dtype()) {
                case FLOAT32, FLOAT64 -> {
                    double[] ev = e.toDoubleArray();
                    double[] av = a.toDoubleArray();
                    boolean ok = true;
                    for (int k = 0; k < ev.length; k++) ok &= close(ev[k], av[k]);
                    yield ok;
                }
                case INT32, INT64 -> java.util.Arrays.equals(e.toLongArray(), a.toLongArray());
                case BOOL -> java.util.Arrays.equals(e.toBooleanArray(), a.toBooleanArray());
            };
            if (!same) fail(msg);
        }
    }

    private static boolean close(double e, double a) {
        if (Double.isNaN(e) || Double.isNaN(a)) return Double.isNaN(e) && Double.isNaN(a);
        if (Double.isInfinite(e) || Double.isInfinite(a)) return e == a;
        return Math.abs(a - e) <= RTOL * Math.max(1, Math.abs(e));
    }
}
