package org.jaxpresso.trace;

import org.jaxpresso.Array;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ShapedArray;

/** An array with a value: an aval and the buffer that holds its elements. */
public final class ConcreteArray extends Array {
    private final ShapedArray aval;
    private final Buffer buffer;

    public ConcreteArray(ShapedArray aval, Buffer buffer) {
        if (buffer.dtype() != aval.dtype() || buffer.size() != aval.shape().size()) {
            throw new IllegalArgumentException("buffer " + buffer.dtype() + "[" + buffer.size() + "] does not hold " + aval);
        }
        this.aval = aval;
        this.buffer = buffer;
    }

    @Override
    public ShapedArray aval() { return aval; }

    public Buffer buffer() { return buffer; }

    @Override
    protected Buffer concreteValue(String operation) { return buffer; }
}
