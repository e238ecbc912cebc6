package org.jaxpresso.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jaxpresso.Array;
import org.jaxpresso.Device;
import org.jaxpresso.Fn2;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.backend.Backends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Arrays committed to an OpenCL device stay there: a chain of operations enqueues one kernel
 * each and copies nothing until a value is read; host operands are uploaded once. Also the
 * work-group kernels (reductions, tiled dot) on sizes that are not multiples of their groups.
 * Skipped without OpenCL (PoCL in CI).
 */
class OpenClResidencyTest {
    private Device device;
    private OpenClBackend backend;

    @BeforeEach
    void openDevice() {
        assumeTrue(OpenClPlatforms.available(), () -> "no OpenCL device: " + OpenClPlatforms.problem());
        device = Jax.devices("opencl").getFirst();
        backend = (OpenClBackend) Backends.forDevice(device);
    }

    private static float[] random(long seed, int n) {
        Random r = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = r.nextFloat() * 4 - 2;
        return a;
    }

    @Test
    void devicePutUploadsOnceAndAChainOfOpsCopiesNothingUntilRead() {
        float[] xs = random(1, 1000), ys = random(2, 1000);
        OpenClBackend.Statistics before = backend.statistics();
        Array x = Jax.devicePut(Jnp.array(xs), device);
        Array y = Jax.devicePut(Jnp.array(ys), device);
        OpenClBackend.Statistics put = backend.statistics();
        assertEquals(before.uploads() + 2, put.uploads(), "devicePut copies each array to the device once");

        Array z = Jnp.maximum(x.mul(y).add(x).sub(y), Jnp.negative(x)).mul(x);
        OpenClBackend.Statistics chained = backend.statistics();
        assertEquals(put.launches() + 6, chained.launches(), "one kernel per operation");
        assertEquals(put.uploads(), chained.uploads(), "no operand went back to the device");
        assertEquals(put.downloads(), chained.downloads(), "nothing was read back before the value was asked for");
        assertEquals(device, z.device());

        float[] got = z.toFloatArray();
        assertEquals(chained.downloads() + 1, backend.statistics().downloads(), "reading the value copies it once");
        float[] want = new float[xs.length];
        for (int i = 0; i < xs.length; i++) want[i] = Math.max(xs[i] * ys[i] + xs[i] - ys[i], -xs[i]) * xs[i];
        assertArrayEquals(want, got);
        z.toFloatArray();
        assertEquals(chained.downloads() + 1, backend.statistics().downloads(), "a second read uses the host copy");
    }

    @Test
    void reshapeSqueezeAndTransposeStayOnTheDevice() {
        Array x = Jnp.array(random(15, 24)).reshape(1, 6, 4);
        Array onDevice = Jax.devicePut(x, device);
        OpenClBackend.Statistics before = backend.statistics();
        Array r = Jnp.transpose(Jnp.squeeze(onDevice, 0).reshape(4, 6)).mul(onDevice.reshape(6, 4));
        assertEquals(before.downloads(), backend.statistics().downloads(), "no shape operation went through the host");
        assertEquals(before.uploads(), backend.statistics().uploads());
        assertArrayEquals(Jnp.transpose(Jnp.squeeze(x, 0).reshape(4, 6)).mul(x.reshape(6, 4)).toFloatArray(), r.toFloatArray());
    }

    @Test
    void anUncommittedHostOperandIsUploadedOnceHoweverOftenItIsUsed() {
        Array x = Jax.devicePut(Jnp.array(random(3, 500)), device);
        Array h = Jnp.array(random(4, 500));
        OpenClBackend.Statistics before = backend.statistics();
        Array r = x.add(h).mul(h).sub(h);
        assertEquals(before.uploads() + 1, backend.statistics().uploads());
        assertEquals(device, r.device());
    }

    @Test
    void tiledDotMatchesTheCpuOnRaggedShapes() {
        int m = 37, k = 53, n = 29;
        Array a = Jnp.array(random(5, m * k)).reshape(m, k);
        Array b = Jnp.array(random(6, k * n)).reshape(k, n);
        float[] want = Jnp.matmul(a, b).toFloatArray();
        float[] got = Jnp.matmul(Jax.devicePut(a, device), Jax.devicePut(b, device)).toFloatArray();
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-4f * (1 + Math.abs(want[i])), "element " + i);
    }

    @Test
    void batchedAndMatrixVectorProductsRunOnTheDeviceAndMatchTheCpu() {
        Array a = Jnp.array(random(11, 5 * 19 * 33)).reshape(5, 19, 33);
        Array b = Jnp.array(random(12, 5 * 33 * 21)).reshape(5, 33, 21);
        Array m = Jnp.array(random(13, 19 * 33)).reshape(19, 33);
        Array v = Jnp.array(random(14, 33));
        Array da = Jax.devicePut(a, device), db = Jax.devicePut(b, device), dm = Jax.devicePut(m, device), dv = Jax.devicePut(v, device);
        OpenClBackend.Statistics before = backend.statistics();
        Array batched = Jax.vmap((org.jaxpresso.Fn2) Jnp::matmul).apply(da, db);
        Array matrixVector = Jnp.matmul(dm, dv);
        assertEquals(before.downloads(), backend.statistics().downloads(), "the products ran on the device (no operand was read back)");
        assertClose(Jax.vmap((org.jaxpresso.Fn2) Jnp::matmul).apply(a, b).toFloatArray(), batched.toFloatArray());
        assertClose(Jnp.matmul(m, v).toFloatArray(), matrixVector.toFloatArray());
    }

    private static void assertClose(float[] want, float[] got) {
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-4f * (1 + Math.abs(want[i])), "element " + i);
    }

    @Test
    void workGroupReductionsMatchTheCpu() {
        int[] ints = new int[3 * 1001];
        Random r = new Random(7);
        for (int i = 0; i < ints.length; i++) ints[i] = r.nextInt(2001) - 1000;
        Array x = Jnp.array(ints).reshape(3, 1001);
        Array onDevice = Jax.devicePut(x, device);
        assertArrayEquals(x.sum(1).toIntArray(), onDevice.sum(1).toIntArray());
        assertArrayEquals(x.sum(0).toIntArray(), onDevice.sum(0).toIntArray());
        assertArrayEquals(Jnp.max(x, 1).toIntArray(), Jnp.max(onDevice, 1).toIntArray());
        assertEquals(x.sum().item(), onDevice.sum().item());
    }

    @Test
    void jitRunsItsFusedGroupsAsOpenClKernelsAndKeepsTheResultOnTheDevice() {
        float[] xs = random(8, 4096), ys = random(9, 4096);
        Fn2 f = (x, y) -> Jnp.tanh(x.mul(y).add(1f)).sum(1).mul(2f);
        Array want = f.apply(Jnp.array(xs).reshape(64, 64), Jnp.array(ys).reshape(64, 64));
        Array x = Jax.devicePut(Jnp.array(xs).reshape(64, 64), device);
        Array y = Jax.devicePut(Jnp.array(ys).reshape(64, 64), device);
        Fn2 jf = Jax.jit(f);
        jf.apply(x, y); // compiles and builds
        OpenClBackend.Statistics before = backend.statistics();
        Array got = jf.apply(x, y);
        OpenClBackend.Statistics after = backend.statistics();
        assertEquals(device, got.device());
        assertEquals(before.downloads(), after.downloads(), "the jitted result stays on the device");
        assertEquals(before.uploads(), after.uploads(), "arguments and literals are on the device already");
        assertTrue(after.launches() - before.launches() <= 2, "tanh(x*y+1) summed and scaled is at most two fused kernels, got "
                + (after.launches() - before.launches()));
        assertEquals(before.programs(), after.programs(), "the second call builds nothing");
        float[] w = want.toFloatArray(), g = got.toFloatArray();
        for (int i = 0; i < w.length; i++) assertEquals(w[i], g[i], 1e-4f * (1 + Math.abs(w[i])), "element " + i);
    }

    /** The tutorial's convolve: a loop of dots over windows, stacked. */
    private static Array convolve(Array x, Array w) {
        java.util.List<Array> out = new java.util.ArrayList<>();
        for (int i = 1; i < x.shape(-1) - 1; i++) out.add(Jnp.dot(x.get(org.jaxpresso.Index.slice(i - 1, i + 2)), w));
        return Jnp.array(out);
    }

    @Test
    void jitOfVmapOfConvolveRunsWithoutTheHost() {
        Array xs = Jnp.array(random(16, 5 * 20)).reshape(5, 20);
        Array ws = Jnp.array(random(17, 5 * 3)).reshape(5, 3);
        Fn2 f = Jax.jit(Jax.vmap((Fn2) OpenClResidencyTest::convolve));
        Array want = Jax.vmap((Fn2) OpenClResidencyTest::convolve).apply(xs, ws);
        Array dx = Jax.devicePut(xs, device), dw = Jax.devicePut(ws, device);
        long programsBefore = backend.statistics().programs();
        f.apply(dx, dw);
        long built = backend.statistics().programs() - programsBefore;
        assertTrue(built <= 6, "the 18 windows differ only in their offsets, which are kernel arguments: one program serves them all; built " + built);
        OpenClBackend.Statistics before = backend.statistics();
        Array got = f.apply(dx, dw);
        assertEquals(before.downloads(), backend.statistics().downloads(), "every step of jit(vmap(convolve)) ran on the device");
        assertEquals(before.uploads(), backend.statistics().uploads());
        assertClose(want.toFloatArray(), got.toFloatArray());
    }

    @Test
    void debugLevelOneReportsTheFirstBuildOfAProgram() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String old = System.getProperty("jaxpresso.debug");
        System.setProperty("jaxpresso.debug", "1");
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Array x = Jax.devicePut(Jnp.array(random(10, 7)), device);
            // jit bakes shapes and literals into its kernels: this source is built by no other test
            Jax.jit((org.jaxpresso.Fn1) v -> Jnp.cbrt(v.mul(1234.5678f).add(-8765.4321f))).apply(x).toFloatArray();
        } finally {
            System.setErr(err);
            if (old == null) System.clearProperty("jaxpresso.debug");
            else System.setProperty("jaxpresso.debug", old);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.matches("(?s).*\\[jaxpresso\\] OpenCL program build on .*: [0-9.]+ ms \\([0-9]+ programs cached\\).*"), log);
    }
}
