package org.jaxpresso.backend.opencl;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much device memory live buffers hold, so that garbage is collected in time. Device buffers
 * are released when the Java objects that hold them become garbage, but the collector sees only
 * those small objects, not the megabytes behind them: a loop that makes large device arrays would
 * run the device out of memory long before the heap asks for a collection. So, as the JDK does
 * for direct byte buffers, an allocation that would take the total over the budget first asks
 * for a collection and waits a little for the released buffers to be returned. When what is live
 * after that is still over the budget (the arrays are all in use), the next collection waits until
 * twice that much is live, as a heap grows, so a program that really needs the memory is not
 * stopped at every allocation.
 */
final class DeviceMemoryBudget {
    private static final int WAIT_STEPS = 50;
    private static final long WAIT_STEP_MS = 10;

    private final long limit;
    private final AtomicLong live = new AtomicLong();
    private volatile long threshold;
    private volatile int collections;

    /** A budget of a quarter of the device's global memory, at least 256 MiB and at most 4 GiB. */
    static DeviceMemoryBudget forDevice(long globalMemory) {
        return new DeviceMemoryBudget(Math.clamp(globalMemory / 4, 256L << 20, 4L << 30));
    }

    DeviceMemoryBudget(long limit) {
        this.limit = limit;
        this.threshold = limit;
    }

    /** Counts {@code bytes} about to be allocated; over the budget, collects garbage first and waits (at most half a second) for it to be released. */
    void reserve(long bytes) {
        if (live.get() + bytes > threshold) {
            collections++;
            System.gc();
            for (int i = 0; i < WAIT_STEPS && live.get() + bytes > limit; i++) {
                try {
                    Thread.sleep(WAIT_STEP_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            threshold = Math.max(limit, 2 * (live.get() + bytes));
        }
        live.addAndGet(bytes);
    }

    /** Counts {@code bytes} released. */
    void release(long bytes) { live.addAndGet(-bytes); }

    /** The bytes live buffers hold now. */
    long live() { return live.get(); }

    /** How many times an allocation has asked for a collection. */
    int collections() { return collections; }
}
