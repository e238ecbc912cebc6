package org.jaxpresso.transform.jit.compile;

/**
 * The capability check for the Vector API: {@code jdk.incubator.vector} is an optional module
 * (run with {@code --add-modules jdk.incubator.vector}). {@link FloatVectorGroup}, the only class
 * that imports it, is loaded only when the module is present; {@code -Djaxpresso.vector=false}
 * turns the path off.
 */
final class VectorSupport {
    private VectorSupport() {}

    static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("jaxpresso.vector"));

    /** A Vector API executor for {@code g}, or null when the module is absent or the body does not qualify. */
    static GroupExecutor executorFor(FusedGroup g, boolean exactOnly) {
        if (!AVAILABLE || !FloatVectorEligibility.accepts(g, exactOnly)) return null;
        return FloatVectorGroup.create(g);
    }
}
