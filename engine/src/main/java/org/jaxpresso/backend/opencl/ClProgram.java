package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import org.jaxpresso.JaxpressoException;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_program;

/** A program built from OpenCL C source for one context's device; closing it releases it. */
final class ClProgram implements AutoCloseable {
    private final cl_program handle;

    /** Builds {@code source}; a build failure throws with the compiler's log and the source. */
    ClProgram(ClContext context, String source, String options) {
        this.handle = clCreateProgramWithSource(context.handle(), 1, new String[] {source}, null, null);
        try {
            clBuildProgram(handle, 0, null, options, null, null);
        } catch (CLException e) {
            String log = buildLog(context);
            clReleaseProgram(handle);
            throw new JaxpressoException("OpenCL could not build a kernel for " + context.device().name() + ": " + e.getMessage()
                    + "\n" + log + "\n---- source ----\n" + source);
        }
    }

    private String buildLog(ClContext context) {
        long[] size = new long[1];
        clGetProgramBuildInfo(handle, context.device().id(), CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        clGetProgramBuildInfo(handle, context.device().id(), CL_PROGRAM_BUILD_LOG, bytes.length, Pointer.to(bytes), null);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim();
    }

    /** The kernel function {@code name} of this program. */
    ClKernel kernel(String name) { return new ClKernel(clCreateKernel(handle, name, null)); }

    @Override
    public void close() { clReleaseProgram(handle); }
}
