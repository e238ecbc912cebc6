package org.jaxpresso.backend.opencl;

import static org.jocl.CL.*;

import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jocl.Pointer;
import org.jocl.cl_mem;

/**
 * Device memory holding {@code size} elements of one dtype, laid out as {@link ClTypes} says
 * (bool as one byte). Copies to and from host {@link Buffer}s are blocking.
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

    /** A device copy of {@code host}. */
    static ClBuffer upload(ClContext context, ClQueue queue, Buffer host) {
        ClBuffer b = allocate(context, host.dtype(), host.size());
        if (host.size() > 0) {
            clEnqueueWriteBuffer(queue.handle(), b.handle, CL_TRUE, 0, b.bytes(), hostPointer(host.data()), 0, null, null);
        }
        return b;
    }

    /** A host copy of this buffer (waits for the commands before it on {@code queue}). */
    Buffer download(ClQueue queue) {
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
        return Buffer.wrap(data);
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
