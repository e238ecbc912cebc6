package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/**
 * Device memory holding {@code size} elements of one dtype, laid out as {@link ClTypes} says
 * (bool as one byte). An upload copies the host elements when the memory is created (it does not
 * wait for the queue); a download waits for the commands before it.
 */
final class ClBuffer implements AutoCloseable {
    private final DType dtype;
    private final int size;
    private final cl_mem handle;

    private ClBuffer(DType dtype, int size, cl_mem handle) {
        this.dtype = dtype;
        this.size = size;
        this.handle = handle;
    }

    /** Uninitialised device memory for {@code size} elements (at least one byte is allocated). */
    static ClBuffer allocate(ClContext context, DType dtype, int size) {
        long bytes = Math.max(1, (long) size * ClTypes.elementSize(dtype));
        return new ClBuffer(dtype, size, clCreateBuffer(context.handle(), CL_MEM_READ_WRITE, bytes, null, null));
    }

    /** A device copy of {@code host}, made as the memory is created (no command on any queue). */
    static ClBuffer upload(ClContext context, Buffer host) {
        if (host.size() == 0) return allocate(context, host.dtype(), 0);
        long bytes = (long) host.size() * ClTypes.elementSize(host.dtype());
        cl_mem m = clCreateBuffer(context.handle(), CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, bytes, hostPointer(host.data()), null);
        return new ClBuffer(host.dtype(), host.size(), m);
    }

    /** A host copy of the elements, as the Java array {@link Buffer} wraps (waits for the commands before it on {@code queue}). */
    Object read(ClQueue queue) {
        Object data = switch (dtype) {
            case BOOL -> new byte[size];
            case INT32 -> new int[size];
            case INT64 -> new long[size];
            case FLOAT32 -> new float[size];
            case FLOAT64 -> new double[size];
        };
        if (size > 0) clEnqueueReadBuffer(queue.handle(), handle, CL_TRUE, 0, bytes(), hostPointer(data), 0, null, null);
        if (data instanceof byte[] bytes) {
            boolean[] bools = new boolean[size];
            for (int i = 0; i < size; i++) bools[i] = bytes[i] != 0;
            data = bools;
        }
        return data;
    }

    private static Pointer hostPointer(Object data) {
        return switch (data) {
            case boolean[] a -> {
                byte[] bytes = new byte[a.length];
                for (int i = 0; i < a.length; i++) bytes[i] = (byte) (a[i] ? 1 : 0);
                yield Pointer.to(bytes);
            }
            case byte[] a -> Pointer.to(a);
            case int[] a -> Pointer.to(a);
            case long[] a -> Pointer.to(a);
            case float[] a -> Pointer.to(a);
            case double[] a -> Pointer.to(a);
            default -> throw new IllegalArgumentException("not a buffer array: " + data.getClass());
        };
    }

    DType dtype() { return dtype; }

    int size() { return size; }

    long bytes() { return (long) size * ClTypes.elementSize(dtype); }

    cl_mem handle() { return handle; }

    @Override
    public void close() { clReleaseMemObject(handle); }
}
