package org.jaxpresso.backend.cpu;

import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.BackendContractTest;

/** The default CPU backend (fast kernels, then the reference) against the reference. */
class CpuBackendContractTest extends BackendContractTest {
    private final CpuBackend backend = new CpuBackend();

    @Override
    protected Backend backend() { return backend; }
}
