package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.debug.Debug;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * Finds the OpenCL devices once per JVM. Never throws: with no ICD loader, no JOCL native
 * library or no platform the device list is empty and {@link #problem()} says why in one line.
 */
public final class OpenClPlatforms {
    private record Discovery(List<ClDevice> devices, String problem) {}

    private static volatile Discovery discovery;

    private OpenClPlatforms() {}

    /** The OpenCL devices of every platform, in platform order; empty when OpenCL is unavailable. */
    static List<ClDevice> devices() { return discover().devices(); }

    /** How many OpenCL devices there are. */
    public static int deviceCount() { return discover().devices().size(); }

    /** Whether at least one OpenCL device was found. */
    public static boolean available() { return !discover().devices().isEmpty(); }

    /** Why there is no OpenCL device (one line), or null when there is one. */
    public static String problem() { return discover().problem(); }

    /** A one-line description of device {@code i}: type, version (which names the platform), fp64. */
    public static String describe(int i) {
        ClDevice d = devices().get(i);
        return d.type() + ", " + d.version() + (d.fp64() ? ", fp64" : "");
    }

    /** The name device {@code i} reports. */
    public static String name(int i) { return devices().get(i).name(); }

    /** The name of the platform of device {@code i}. */
    public static String platformName(int i) { return devices().get(i).platformName(); }

    /** Whether device {@code i} computes float64. */
    public static boolean fp64(int i) { return devices().get(i).fp64(); }

    private static Discovery discover() {
        Discovery d = discovery;
        if (d == null) {
            synchronized (OpenClPlatforms.class) {
                if (discovery == null) discovery = find();
                d = discovery;
            }
        }
        return d;
    }

    private static Discovery find() {
        long start = System.nanoTime();
        try {
            CL.setExceptionsEnabled(true);
            int[] count = new int[1];
            try {
                clGetPlatformIDs(0, null, count);
            } catch (CLException e) {
                return new Discovery(List.of(), "no OpenCL platform is installed (clGetPlatformIDs: " + e.getMessage()
                        + "); install an ICD such as pocl-opencl-icd or a GPU driver");
            }
            if (count[0] == 0) return new Discovery(List.of(), "no OpenCL platform is installed; install an ICD such as pocl-opencl-icd or a GPU driver");
            cl_platform_id[] platforms = new cl_platform_id[count[0]];
            clGetPlatformIDs(platforms.length, platforms, null);
            List<ClDevice> out = new ArrayList<>();
            for (cl_platform_id p : platforms) out.addAll(devicesOf(p));
            Debug.log(Debug.CACHE_MISSES, () -> "OpenCL discovery: " + out.size() + " device(s) in " + Debug.millis(System.nanoTime() - start) + ": " + out);
            return new Discovery(List.copyOf(out), out.isEmpty() ? "the OpenCL platforms report no devices" : null);
        } catch (LinkageError e) {
            return new Discovery(List.of(), "OpenCL is not available (no ICD loader libOpenCL or no JOCL native library: " + e.getMessage()
                    + "); install ocl-icd-libopencl1 and an ICD such as pocl-opencl-icd");
        } catch (CLException e) {
            return new Discovery(List.of(), "OpenCL device discovery failed: " + e.getMessage());
        }
    }

    private static List<ClDevice> devicesOf(cl_platform_id p) {
        String platformName = platformString(p, CL_PLATFORM_NAME);
        int[] count = new int[1];
        try {
            clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, 0, null, count);
        } catch (CLException e) {
            return List.of(); // CL_DEVICE_NOT_FOUND: a platform without devices
        }
        cl_device_id[] ids = new cl_device_id[count[0]];
        clGetDeviceIDs(p, CL_DEVICE_TYPE_ALL, ids.length, ids, null);
        List<ClDevice> out = new ArrayList<>();
        for (cl_device_id id : ids) {
            long type = deviceLong(id, CL_DEVICE_TYPE);
            String kind = (type & CL_DEVICE_TYPE_GPU) != 0 ? "gpu" : (type & CL_DEVICE_TYPE_CPU) != 0 ? "cpu"
                    : (type & CL_DEVICE_TYPE_ACCELERATOR) != 0 ? "accelerator" : "other";
            boolean fp64 = deviceLong(id, CL_DEVICE_DOUBLE_FP_CONFIG) != 0;
            boolean exactDivide = (deviceLong(id, CL_DEVICE_SINGLE_FP_CONFIG) & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT) != 0;
            out.add(new ClDevice(p, id, platformName, deviceString(id, CL_DEVICE_NAME), deviceString(id, CL_DEVICE_VENDOR),
                    deviceString(id, CL_DEVICE_VERSION), kind, fp64, exactDivide, deviceLong(id, CL_DEVICE_MAX_WORK_GROUP_SIZE),
                    deviceLong(id, CL_DEVICE_GLOBAL_MEM_SIZE)));
        }
        return out;
    }

    private static String platformString(cl_platform_id p, int param) {
        long[] size = new long[1];
        clGetPlatformInfo(p, param, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        clGetPlatformInfo(p, param, bytes.length, Pointer.to(bytes), null);
        return cString(bytes);
    }

    static String deviceString(cl_device_id d, int param) {
        long[] size = new long[1];
        clGetDeviceInfo(d, param, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        clGetDeviceInfo(d, param, bytes.length, Pointer.to(bytes), null);
        return cString(bytes);
    }

    private static long deviceLong(cl_device_id d, int param) {
        try {
            long[] v = new long[1];
            clGetDeviceInfo(d, param, Sizeof.cl_ulong, Pointer.to(v), null);
            return v[0];
        } catch (CLException e) {
            return 0; // an optional query (CL_DEVICE_DOUBLE_FP_CONFIG before OpenCL 1.2)
        }
    }

    private static String cString(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) n--;
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8).trim();
    }
}
