package org.jaxpresso;

/**
 * A device arrays can live on and computations run on, as {@code jax.Device}: the CPU, or one
 * OpenCL device. {@link Jax#devices()} lists them; {@link Jax#devicePut} commits an array to one.
 *
 * @param platform {@code "cpu"} or {@code "opencl"}
 * @param id the index among the platform's devices
 * @param name what the device calls itself ({@code "cpu"} for the CPU)
 * @param detail the OpenCL platform, version and capabilities; empty for the CPU
 */
public record Device(String platform, int id, String name, String detail) {
    /** The JVM's own CPU device. */
    public static final Device CPU = new Device("cpu", 0, "cpu", "");

    /** JAX's repr: {@code CpuDevice(id=0)}, {@code OpenClDevice(id=0, name='…')}. */
    @Override
    public String toString() {
        return platform.equals("cpu") ? "CpuDevice(id=" + id + ")"
                : "OpenClDevice(id=" + id + ", name='" + name + "'" + (detail.isEmpty() ? "" : ", detail='" + detail + "'") + ")";
    }
}
