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

    @Test
    void memoryInUseRaisesTheThresholdInsteadOfCollectingAtEveryAllocation() {
        DeviceMemoryBudget budget = new DeviceMemoryBudget(100);
        budget.reserve(80);
        budget.reserve(80); // over: collects, nothing is garbage, the next collection waits for 320 live
        assertEquals(1, budget.collections());
        budget.reserve(80);
        budget.reserve(80);
        assertEquals(1, budget.collections(), "320 bytes live do not collect again");
        budget.reserve(80);
        assertEquals(2, budget.collections(), "400 bytes live do");
        assertEquals(400, budget.live());
    }

    /** An object that holds {@code bytes} and is unreachable once this returns. */
    private static void registerGarbage(Cleaner cleaner, DeviceMemoryBudget budget, long bytes) {
        Object holder = new Object();
        cleaner.register(holder, () -> budget.release(bytes));
    }
}
