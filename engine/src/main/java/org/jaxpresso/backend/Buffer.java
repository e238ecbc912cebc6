package org.jaxpresso.backend;

import org.jaxpresso.DType;

/**
 * A flat, row-major block of elements of one dtype: {@code boolean[]} for bool,
 * {@code int[]}/{@code long[]} for int32/int64, {@code float[]}/{@code double[]} for floats.
 * Buffers are never mutated after a kernel has produced them.
 *
 * <p>A buffer may live on an accelerator ({@link #onDevice}): its elements are then copied to the
 * host the first time anything reads them through {@link #data()} (which waits for the device).
 * A host buffer may also carry a device copy of itself ({@link #attach}) so that it is uploaded
 * once however often a device reads it.
 */
public final class Buffer {
    private final DType dtype;
    private final int size;
    /**
     * The host elements, or null while they are only on a device. Not volatile: kernels read it
     * per element and a volatile read would keep the JIT from hoisting it. {@link #fetch} stores
     * it once, after a release fence, and every reader dereferences the array it read (a
     * dependent load), so a reader that sees the array sees its elements.
     */
    private Object data;
    private volatile DeviceMemory device;

    private Buffer(DType dtype, int size, Object data, DeviceMemory device) {
        this.dtype = dtype;
        this.size = size;
        this.data = data;
        this.device = device;
    }

    private Buffer(DType dtype, int size, Object data) { this(dtype, size, data, null); }

    /** A buffer whose elements are in {@code memory} on a device; they reach the host when first read. */
    public static Buffer onDevice(DType dtype, int size, DeviceMemory memory) {
        return new Buffer(dtype, size, null, java.util.Objects.requireNonNull(memory));
    }

    /** The device copy of this buffer, or null when it has none. */
    public DeviceMemory deviceMemory() { return device; }

    /** Records {@code memory} as this buffer's device copy, unless it already has one; returns the one it keeps. */
    public synchronized DeviceMemory attach(DeviceMemory memory) {
        if (device == null) device = memory;
        return device;
    }

    /** Whether the elements are on the host already (reading them will not wait for a device). */
    public synchronized boolean onHost() { return data != null; }

    public static Buffer allocate(DType dtype, int size) {
        Object data = switch (dtype) {
            case BOOL -> new boolean[size];
            case INT32 -> new int[size];
            case INT64 -> new long[size];
            case FLOAT32 -> new float[size];
            case FLOAT64 -> new double[size];
        };
        return new Buffer(dtype, size, data);
    }

    /** Wraps a Java array without copying; the caller gives up ownership. */
    public static Buffer wrap(Object data) {
        return switch (data) {
            case boolean[] a -> new Buffer(DType.BOOL, a.length, a);
            case int[] a -> new Buffer(DType.INT32, a.length, a);
            case long[] a -> new Buffer(DType.INT64, a.length, a);
            case float[] a -> new Buffer(DType.FLOAT32, a.length, a);
            case double[] a -> new Buffer(DType.FLOAT64, a.length, a);
            default -> throw new IllegalArgumentException("not a primitive array: " + data.getClass());
        };
    }

    public DType dtype() { return dtype; }

    public int size() { return size; }

    /** The backing Java array, for kernels that specialise on it; a device buffer is copied to the host first. */
    public Object data() {
        Object d = data;
        return d != null ? d : fetch();
    }

    private synchronized Object fetch() {
        if (data == null) {
            Object read = device.read();
            java.lang.invoke.VarHandle.releaseFence();
            data = read;
        }
        return data;
    }

    public double getDouble(int i) {
        return switch (data()) {
            case float[] a -> a[i];
            case double[] a -> a[i];
            case int[] a -> a[i];
            case long[] a -> a[i];
            case boolean[] a -> a[i] ? 1 : 0;
            default -> throw new IllegalStateException();
        };
    }

    public long getLong(int i) {
        return switch (data()) {
            case int[] a -> a[i];
            case long[] a -> a[i];
            case boolean[] a -> a[i] ? 1 : 0;
            case float[] a -> (long) a[i];
            case double[] a -> (long) a[i];
            default -> throw new IllegalStateException();
        };
    }

    public boolean getBool(int i) {
        return switch (data()) {
            case boolean[] a -> a[i];
            case int[] a -> a[i] != 0;
            case long[] a -> a[i] != 0;
            case float[] a -> a[i] != 0;
            case double[] a -> a[i] != 0;
            default -> throw new IllegalStateException();
        };
    }

    /** Stores {@code v}, rounding to float32 or truncating toward zero (with wrap-around) for ints, as C casts do. */
    public void setDouble(int i, double v) {
        switch (data()) {
            case float[] a -> a[i] = (float) v;
            case double[] a -> a[i] = v;
            case int[] a -> a[i] = (int) (long) v;
            case long[] a -> a[i] = (long) v;
            case boolean[] a -> a[i] = v != 0;
            default -> throw new IllegalStateException();
        }
    }

    public void setLong(int i, long v) {
        switch (data()) {
            case int[] a -> a[i] = (int) v;
            case long[] a -> a[i] = v;
            case float[] a -> a[i] = v;
            case double[] a -> a[i] = v;
            case boolean[] a -> a[i] = v != 0;
            default -> throw new IllegalStateException();
        }
    }

    public void setBool(int i, boolean v) {
        switch (data()) {
            case boolean[] a -> a[i] = v;
            case int[] a -> a[i] = v ? 1 : 0;
            case long[] a -> a[i] = v ? 1 : 0;
            case float[] a -> a[i] = v ? 1 : 0;
            case double[] a -> a[i] = v ? 1 : 0;
            default -> throw new IllegalStateException();
        }
    }

    /** Copies element {@code i} of {@code src} (same dtype) to element {@code j} of this buffer. */
    public void copyElement(Buffer src, int i, int j) {
        switch (data()) {
            case float[] a -> a[j] = ((float[]) src.data())[i];
            case double[] a -> a[j] = ((double[]) src.data())[i];
            case int[] a -> a[j] = ((int[]) src.data())[i];
            case long[] a -> a[j] = ((long[]) src.data())[i];
            case boolean[] a -> a[j] = ((boolean[]) src.data())[i];
            default -> throw new IllegalStateException();
        }
    }

    /** The element as a boxed Java value: Boolean, Integer, Long, Float or Double. */
    public Object getBoxed(int i) {
        return switch (data()) {
            case boolean[] a -> a[i];
            case int[] a -> a[i];
            case long[] a -> a[i];
            case float[] a -> a[i];
            case double[] a -> a[i];
            default -> throw new IllegalStateException();
        };
    }
}
