package org.jaxpresso.backend.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.Cleaner;
import org.junit.jupiter.api.Test;

/** An allocation over the budget collects the garbage that holds device memory before it goes on. */
class DeviceMemoryBudgetTest {
    @Test
    void overTheBudgetGarbageIsCollectedAndItsMemoryCountedAsReleased() {
        DeviceMemoryBudget budget = new DeviceMemoryBudget(100);
        Cleaner cleaner = Cleaner.create();
        budget.reserve(80);
        registerGarbage(cleaner, budget, 80);
        assertEquals(80, budget.live(), "nothing is released while under the budget");
        budget.reserve(80);
        assertEquals(80, budget.live(), "the unreachable holder's 80 bytes were released before the new 80 were counted");
    }

    /** An object that holds {@code bytes} and is unreachable once this returns. */
    private static void registerGarbage(Cleaner cleaner, DeviceMemoryBudget budget, long bytes) {
        Object holder = new Object();
        cleaner.register(holder, () -> budget.release(bytes));
    }
}
