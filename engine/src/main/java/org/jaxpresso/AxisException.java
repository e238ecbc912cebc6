package org.jaxpresso;

/** An axis outside an array's rank (JAX's {@code AxisError}/{@code ValueError}). */
public class AxisException extends JaxpressoException {
    public AxisException(String message) { super(message); }

    /** The message numpy and JAX give for an axis outside {@code [-ndim, ndim)}. */
    public static AxisException outOfBounds(int axis, int ndim) {
        return new AxisException("axis " + axis + " is out of bounds for array of dimension " + ndim);
    }
}
