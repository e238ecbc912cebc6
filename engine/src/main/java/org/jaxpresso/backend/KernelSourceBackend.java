package org.jaxpresso.backend;

import java.util.List;
import org.jaxpresso.DType;

/**
 * A backend that also runs kernels given as OpenCL C source: jit renders its fused loop nests to
 * that language and hands them here, so the compiler never sees a device handle.
 */
public interface KernelSourceBackend extends Backend {
    /**
     * Runs kernel {@code jx(out, in0, …, ink, int s0, …, int sm)} of {@code source} over {@code n}
     * work items, one per output element, with {@code ints} as its trailing int arguments, and
     * returns the output; it stays on the device until read.
     */
    Buffer launch(String source, List<Buffer> inputs, int[] ints, DType out, int n);

    /** Whether the device computes in double precision (float64 kernels are refused otherwise). */
    boolean supportsFloat64();
}
