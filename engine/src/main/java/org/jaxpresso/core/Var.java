package org.jaxpresso.core;

/**
 * A jaxpr variable. Equality is identity; names are given at print time by
 * {@link JaxprPrinter}, never stored here.
 */
public final class Var implements Atom {
    private final ShapedArray aval;

    public Var(ShapedArray aval) { this.aval = aval; }

    @Override
    public ShapedArray aval() { return aval; }

    @Override
    public String toString() { return "Var@" + Integer.toHexString(System.identityHashCode(this)) + ":" + aval.typeString(); }
}
