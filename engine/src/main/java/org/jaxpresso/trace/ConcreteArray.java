package org.jaxpresso.trace;

import org.jaxpresso.Array;
import org.jaxpresso.Device;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ShapedArray;

/**
 * An array with a value: an aval, the buffer that holds its elements, and the device it is
 * committed to ({@code null}: uncommitted, it follows the default device).
 */
public final class ConcreteArray extends Array {
    private final ShapedArray aval;
    private final Buffer buffer;
    private final Device committed;

    public ConcreteArray(ShapedArray aval, Buffer buffer) { this(aval, buffer, null); }

    public ConcreteArray(ShapedArray aval, Buffer buffer, Device committed) {
        if (buffer.dtype() != aval.dtype() || buffer.size() != aval.shape().size()) {
            throw new IllegalArgumentException("buffer " + buffer.dtype() + "[" + buffer.size() + "] does not hold " + aval);
        }
        this.aval = aval;
        this.buffer = buffer;
        this.committed = committed;
    }

    /** The device this array was committed to by {@code devicePut} (or by an operation on committed arrays), or null. */
    public Device committedDevice() { return committed; }

    @Override
    public Device device() { return committed != null ? committed : Backends.defaultDevice(); }

    @Override
    public ShapedArray aval() { return aval; }

    public Buffer buffer() { return buffer; }

    @Override
    protected Buffer concreteValue(String operation) { return buffer; }
}
