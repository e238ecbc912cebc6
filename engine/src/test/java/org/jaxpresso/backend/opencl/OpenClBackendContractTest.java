package org.jaxpresso.backend.opencl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.BackendContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The OpenCL backend on the first OpenCL device (PoCL in CI) against the reference; skipped without OpenCL. */
class OpenClBackendContractTest extends BackendContractTest {
    private static OpenClBackend backend;

    @BeforeAll
    static void open() {
        assumeTrue(OpenClPlatforms.available(), () -> "no OpenCL device: " + OpenClPlatforms.problem());
        backend = OpenClBackend.open(0);
    }

    @AfterAll
    static void close() {
        if (backend != null) backend.close();
    }

    @Override
    protected Backend backend() { return backend; }

    @Override
    protected boolean supportsFloat64() { return OpenClPlatforms.fp64(0); }
}
