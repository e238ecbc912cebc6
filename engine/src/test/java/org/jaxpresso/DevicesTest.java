package org.jaxpresso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.jaxpresso.backend.opencl.OpenClPlatforms;
import org.junit.jupiter.api.Test;

/** Jax.devices, devicePut and the platform option; the OpenCL parts run when a device is present (PoCL in CI). */
class DevicesTest {
    @Test
    void theCpuComesFirstAndPrintsAsJaxDoes() {
        List<Device> devices = Jax.devices();
        assertEquals(Device.CPU, devices.getFirst());
        assertEquals("CpuDevice(id=0)", devices.getFirst().toString());
        assertEquals(1 + OpenClPlatforms.deviceCount(), devices.size());
        assertEquals(List.of(Device.CPU), Jax.devices("cpu"));
        assertEquals(Device.CPU, Jnp.array(1f, 2f).device());
    }

    @Test
    void openClDevicesAreListedOrTheirAbsenceExplained() {
        if (OpenClPlatforms.available()) {
            Device d = Jax.devices("opencl").getFirst();
            assertEquals("opencl", d.platform());
            assertEquals(0, d.id());
            assertTrue(d.toString().startsWith("OpenClDevice(id=0, name='" + d.name() + "'"), d.toString());
        } else {
            JaxpressoException e = assertThrows(JaxpressoException.class, () -> Jax.devices("opencl"));
            assertTrue(e.getMessage().startsWith("Unknown backend: 'opencl' requested, but no devices of it are present: "), e.getMessage());
        }
    }

    @Test
    void platformOptionIsCheckedAndReadBack() {
        Config c = Jax.config();
        assertEquals("cpu", c.platform());
        JaxpressoException e = assertThrows(JaxpressoException.class, () -> c.update("jax_platforms", "tpu"));
        assertEquals("Unknown platform 'tpu'. Known platforms: cpu, opencl.", e.getMessage());
        assertEquals("cpu", c.platform());
    }

    @Test
    void committedArraysComputeOnTheirDeviceAndStayThere() {
        assumeTrue(OpenClPlatforms.available(), () -> "no OpenCL device: " + OpenClPlatforms.problem());
        Device gpu = Jax.devices("opencl").getFirst();
        Array x = Jax.devicePut(Jnp.array(1f, 2f, 3f, 4f), gpu);
        assertEquals(gpu, x.device());
        Array y = Jnp.exp(x).mul(2f).add(x);
        assertEquals(gpu, y.device());
        float[] expected = new float[4];
        for (int i = 0; i < 4; i++) expected[i] = (float) (2 * Math.exp(i + 1) + (i + 1));
        assertArrayEquals(expected, y.toFloatArray(), 1e-5f);
        Array jitted = Jax.jit((Fn1) a -> Jnp.exp(a).mul(2f).add(a)).apply(x);
        assertEquals(gpu, jitted.device());
        assertArrayEquals(expected, jitted.toFloatArray(), 1e-5f);
    }

    @Test
    void arraysCommittedToDifferentDevicesDoNotMix() {
        assumeTrue(OpenClPlatforms.available(), () -> "no OpenCL device: " + OpenClPlatforms.problem());
        Array onCpu = Jax.devicePut(Jnp.array(1f, 2f), Device.CPU);
        Array onGpu = Jax.devicePut(Jnp.array(1f, 2f), Jax.devices("opencl").getFirst());
        JaxpressoException e = assertThrows(JaxpressoException.class, () -> onCpu.add(onGpu));
        assertTrue(e.getMessage().startsWith("add received arrays committed to different devices: CpuDevice(id=0) and OpenClDevice(id=0"), e.getMessage());
    }
}
