package org.jaxpresso.backend.opencl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.BackendContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The OpenCL backend on the first OpenCL device (PoCL in CI) against the reference; skipped without OpenCL. */
class OpenClBackendContractTest extends BackendContractTest {
    private static OpenClBackend backend;

    @BeforeAll
    static void open() {
        if (OpenClPlatforms.available()) backend = OpenClBackend.open(0);
    }

    /** Each test reports itself skipped, with the reason, when there is no OpenCL device. */
    @BeforeEach
    void requireOpenCl() { assumeTrue(backend != null, () -> "no OpenCL device: " + OpenClPlatforms.problem()); }

    @AfterAll
    static void close() {
        if (backend != null) backend.close();
    }

    @Override
    protected Backend backend() { return backend; }

    @Override
    protected boolean supportsFloat64() { return OpenClPlatforms.fp64(0); }
}
