package org.jaxpresso.transform.batching;

/**
 * One vmap level: its size and optional name. Each level is a distinct object, so nested vmaps
 * never confuse their batch dimensions, whatever their sizes or positions.
 */
public final class AxisData {
    private final int size;
    private final String name;

    public AxisData(int size, String name) {
        this.size = size;
        this.name = name;
    }

    public int size() { return size; }

    /** The axis name given with {@code axisName}, or null. */
    public String name() { return name; }

    @Override
    public String toString() { return "AxisData(size=" + size + (name == null ? "" : ", name=" + name) + ")"; }
}
