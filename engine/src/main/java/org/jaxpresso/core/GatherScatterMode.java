package org.jaxpresso.core;

/** How out-of-bounds gather/scatter indices behave; prints as JAX's enum, {@code GatherScatterMode.CLIP}. */
public enum GatherScatterMode {
    CLIP, FILL_OR_DROP, PROMISE_IN_BOUNDS;

    @Override
    public String toString() { return "GatherScatterMode." + name(); }
}
