package org.jaxpresso.kernel.magic;

import java.util.ArrayList;
import java.util.List;

import org.jaxpresso.backend.Cancellation;

/**
 * The measuring loop of {@code %timeit}; the magic's generated cell code calls
 * {@link #measure} with the timed code as a lambda, so the loop runs where cell code runs and
 * an interrupt stops it.
 *
 * <p>First it warms up, for Java's JIT compilers and for {@code jit}'s tracing on the first
 * call: the code runs until {@link #WARM_UP_SECONDS} have passed (at least once, at most
 * {@link #WARM_UP_MAX_CALLS} times). Then, unless the loop count is given, it picks one as
 * IPython does: 1, 2, 5, 10, 20, 50… loops until one batch takes at least
 * {@link #BATCH_SECONDS}. Then it times {@code repeat} batches of that many loops.
 */
public final class Timeit {
    /** How long the warm-up runs the code before measuring. */
    public static final double WARM_UP_SECONDS = 0.3;
    /** The most warm-up calls (a very fast function warms up in fewer). */
    public static final int WARM_UP_MAX_CALLS = 100_000;
    /** The batch time the automatic loop count aims for. */
    public static final double BATCH_SECONDS = 0.2;
    /** Runs when {@code -r} is not given. */
    public static final int DEFAULT_REPEAT = 7;

    private Timeit() {}

    /** The timed code: a statement block, or an expression whose value is returned (and dropped). */
    @FunctionalInterface
    public interface Body {
        Object run() throws Throwable;
    }

    /**
     * Warms up, then times {@code repeat} batches of {@code loops} calls of {@code body}.
     *
     * @param loops  calls per batch; 0 or less: chosen automatically
     * @param repeat batches; 0 or less: {@link #DEFAULT_REPEAT}
     */
    public static TimeitResult measure(int loops, int repeat, Body body) throws Throwable {
        int runs = repeat > 0 ? repeat : DEFAULT_REPEAT;
        warmUp(body);
        int number = loops > 0 ? loops : autorange(body);
        List<Double> totals = new ArrayList<>(runs);
        for (int r = 0; r < runs; r++) totals.add(batch(body, number));
        return new TimeitResult(number, runs, totals);
    }

    private static void warmUp(Body body) throws Throwable {
        long start = System.nanoTime();
        long budget = (long) (WARM_UP_SECONDS * 1e9);
        for (int i = 0; i < WARM_UP_MAX_CALLS; i++) {
            Cancellation.checkpoint();
            sink(body.run());
            if (System.nanoTime() - start >= budget) break;
        }
    }

    /** IPython's autorange: the first of 1, 2, 5, 10, 20, 50… whose batch takes at least {@link #BATCH_SECONDS}. */
    static int autorange(Body body) throws Throwable {
        for (long scale = 1; ; scale *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                long number = step * scale;
                if (number >= Integer.MAX_VALUE / 10) return (int) number;
                if (batch(body, (int) number) >= BATCH_SECONDS) return (int) number;
            }
        }
    }

    /** Seconds {@code number} calls take. */
    private static double batch(Body body, int number) throws Throwable {
        Cancellation.checkpoint();
        long start = System.nanoTime();
        for (int i = 0; i < number; i++) {
            sink(body.run());
            if ((i & 1023) == 1023) Cancellation.checkpoint();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Keeps a result observably used, so the JIT cannot drop the computation that made it. */
    private static volatile Object sinkValue;

    private static void sink(Object value) {
        sinkValue = value;
    }
}
