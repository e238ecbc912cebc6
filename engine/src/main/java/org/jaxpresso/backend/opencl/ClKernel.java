package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;

/**
 * A kernel function with its arguments set one by one; not thread-safe (the backend launches
 * from one thread at a time). Closing it releases it.
 */
final class ClKernel implements AutoCloseable {
    private final cl_kernel handle;

    ClKernel(cl_kernel handle) { this.handle = handle; }

    cl_kernel handle() { return handle; }

    ClKernel arg(int index, ClBuffer b) {
        clSetKernelArg(handle, index, Sizeof.cl_mem, Pointer.to(b.handle()));
        return this;
    }

    ClKernel arg(int index, int value) {
        clSetKernelArg(handle, index, Sizeof.cl_int, Pointer.to(new int[] {value}));
        return this;
    }

    @Override
    public void close() { clReleaseKernel(handle); }
}
