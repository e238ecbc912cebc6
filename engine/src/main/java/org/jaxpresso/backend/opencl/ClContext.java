package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import org.jocl.cl_context;
import org.jocl.cl_context_properties;

/** An OpenCL context on one device; closing it releases the context. */
final class ClContext implements AutoCloseable {
    private final ClDevice device;
    private final cl_context handle;

    ClContext(ClDevice device) {
        this.device = device;
        cl_context_properties props = new cl_context_properties();
        props.addProperty(CL_CONTEXT_PLATFORM, device.platform());
        this.handle = clCreateContext(props, 1, new org.jocl.cl_device_id[] {device.id()}, null, null, null);
    }

    ClDevice device() { return device; }

    cl_context handle() { return handle; }

    @Override
    public void close() { clReleaseContext(handle); }
}
