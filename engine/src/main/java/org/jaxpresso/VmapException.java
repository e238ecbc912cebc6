package org.jaxpresso;

/** A vmap call whose axes, sizes or specs do not fit its arguments or outputs; messages are JAX's. */
public class VmapException extends JaxpressoException {
    public VmapException(String message) { super(message); }
}
