package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import org.jocl.cl_command_queue;
import org.jocl.cl_queue_properties;

/** An in-order command queue of a context's device; closing it finishes and releases it. */
final class ClQueue implements AutoCloseable {
    private final cl_command_queue handle;

    ClQueue(ClContext context) {
        this.handle = clCreateCommandQueueWithProperties(context.handle(), context.device().id(), new cl_queue_properties(), null);
    }

    cl_command_queue handle() { return handle; }

    /** Enqueues {@code kernel} over {@code globalSize} work items (the runtime picks the work-group size); does not wait. */
    void launch(ClKernel kernel, long globalSize) {
        clEnqueueNDRangeKernel(handle, kernel.handle(), 1, null, new long[] {globalSize}, null, 0, null, null);
    }

    /** Enqueues {@code kernel} over a range of {@code global.length} dimensions in {@code local}-sized work groups; does not wait. */
    void launch(ClKernel kernel, long[] global, long[] local) {
        clEnqueueNDRangeKernel(handle, kernel.handle(), global.length, null, global, local, 0, null, null);
    }

    /** Blocks until every command enqueued so far has completed. */
    void finish() { clFinish(handle); }

    @Override
    public void close() {
        clFinish(handle);
        clReleaseCommandQueue(handle);
    }
}
