package org.jaxpresso.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.jaxpresso.Array;
import org.jaxpresso.Device;
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
}
