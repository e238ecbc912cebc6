package org.jaxpresso.numpy;

import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.Config;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.trace.ConcreteArray;

/** Turns Java values into concrete arrays. TODO: nested arrays, lists, ragged checks (helper). */
public final class ArrayCreation {
    private ArrayCreation() {}

    /** A Java scalar as a 0-d array: doubles/floats weak float, ints/longs weak int, booleans bool. */
    public static Array scalar(Object v) {
        Config c = Config.get();
        return switch (v) {
            case Double d -> fill(new ShapedArray(Shape.SCALAR, c.defaultFloat(), true), d);
            case Float f -> fill(new ShapedArray(Shape.SCALAR, c.defaultFloat(), true), f.doubleValue());
            case Integer i -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), i);
            case Long l -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), l);
            case Short s -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), s);
            case Byte b -> fillLong(new ShapedArray(Shape.SCALAR, c.defaultInt(), true), b);
            case Boolean b -> {
                Buffer buf = Buffer.allocate(DType.BOOL, 1);
                buf.setBool(0, b);
                yield new ConcreteArray(ShapedArray.scalar(DType.BOOL), buf);
            }
            case null -> throw new ArrayCreationException("null is not an array value. Pass an Array, a Java number or boolean, or a Java array of them.");
            default -> throw new ArrayCreationException("Cannot use a value of " + v.getClass().getName()
                    + " as an array. Pass an Array, a Java number or boolean, or a Java array of them.");
        };
    }

    private static Array fill(ShapedArray aval, double v) {
        Buffer b = Buffer.allocate(aval.dtype(), 1);
        b.setDouble(0, v);
        return new ConcreteArray(aval, b);
    }

    private static Array fillLong(ShapedArray aval, long v) {
        Buffer b = Buffer.allocate(aval.dtype(), 1);
        b.setLong(0, v);
        return new ConcreteArray(aval, b);
    }

    /** Wraps a flat buffer with a shape; the buffer's dtype is canonicalised (float64 → float32 without x64). */
    public static Array fromBuffer(Buffer b, int... shape) {
        DType t = Config.get().canonicalize(b.dtype());
        Buffer stored = b;
        if (t != b.dtype()) {
            stored = Buffer.allocate(t, b.size());
            for (int i = 0; i < b.size(); i++) {
                if (t.isFloating()) stored.setDouble(i, b.getDouble(i)); else stored.setLong(i, b.getLong(i));
            }
        }
        return new ConcreteArray(new ShapedArray(Shape.of(shape), t), stored);
    }
}
