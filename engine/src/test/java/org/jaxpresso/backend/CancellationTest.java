package org.jaxpresso.backend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jaxpresso.Array;
import org.jaxpresso.ComputationInterruptedException;
import org.jaxpresso.Fn1;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.junit.jupiter.api.Test;

/** Interrupting the thread of a running computation stops it at the next checkpoint and leaves the thread usable. */
class CancellationTest {
    private static Throwable interruptWhileRunning(Runnable work) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagAfter = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            started.countDown();
            try {
                work.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        t.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread.sleep(200);
        t.interrupt();
        t.join(20_000);
        assertFalse(t.isAlive(), "the computation did not stop after an interrupt");
        assertFalse(flagAfter.get(), "the interrupt is consumed, so the next cell runs normally");
        return thrown.get();
    }

    @Test
    void aLongLoopOfEagerOpsStops() throws InterruptedException {
        Throwable e = interruptWhileRunning(() -> {
            Array x = Jnp.zeros(1000);
            while (true) x = x.add(1);
        });
        assertInstanceOf(ComputationInterruptedException.class, e);
    }

    @Test
    void aLongJittedComputationStopsInsideItsLoops() throws InterruptedException {
        Fn1 f = Jax.jit(v -> Jnp.tanh(v.mul(1.5).add(0.25)).mul(0.5));
        Array big = Jnp.ones(4_000_000);
        Throwable e = interruptWhileRunning(() -> {
            while (true) f.apply(big);
        });
        assertInstanceOf(ComputationInterruptedException.class, e);
    }
}
