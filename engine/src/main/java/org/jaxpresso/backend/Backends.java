package org.jaxpresso.backend;

import org.jaxpresso.backend.cpu.CpuBackend;

/** Which backend eager operations run on. */
public final class Backends {
    private static volatile Backend current = new CpuBackend();

    private Backends() {}

    public static Backend current() { return current; }

    public static void setCurrent(Backend b) { current = b; }
}
