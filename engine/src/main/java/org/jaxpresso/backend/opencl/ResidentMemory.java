package org.jaxpresso.backend.opencl;

import org.jaxpresso.backend.DeviceMemory;

/** The elements of a {@link org.jaxpresso.backend.Buffer} held in one OpenCL backend's device memory. */
record ResidentMemory(OpenClBackend backend, ClBuffer buffer) implements DeviceMemory {
    @Override
    public Object read() { return backend.download(buffer); }

    @Override
    public void awaitReady() { backend.finish(); }

}
