package org.jaxpresso.backend;

/**
 * Elements held on an accelerator for a {@link Buffer}. The backend that made it knows its
 * handle; the rest of the engine only asks for a host copy, or waits for it to be computed.
 */
public interface DeviceMemory {
    /**
     * A host copy of the elements as the Java array {@link Buffer} wraps for the dtype
     * ({@code boolean[]} for bool); waits for the commands that produce them.
     */
    Object read();

    /** Waits until the commands that produce the elements have finished, without copying them. */
    void awaitReady();
}
