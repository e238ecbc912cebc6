package org.jaxpresso.backend.opencl;

import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * One OpenCL device as discovery found it: its handles, the names it reports and the
 * capabilities the renderers care about.
 *
 * @param fp64 whether the device reports double precision ({@code CL_DEVICE_DOUBLE_FP_CONFIG != 0})
 * @param correctlyRoundedDivideSqrt whether float32 {@code /} and {@code sqrt} can be built correctly rounded
 * @param maxWorkGroupSize the most work items one work group may have
 * @param globalMemory the device's global memory in bytes
 */
record ClDevice(cl_platform_id platform, cl_device_id id, String platformName, String name, String vendor,
        String version, String type, boolean fp64, boolean correctlyRoundedDivideSqrt,
        long maxWorkGroupSize, long globalMemory) {
    @Override
    public String toString() { return name + " (" + platformName + ", " + version + ")"; }
}
