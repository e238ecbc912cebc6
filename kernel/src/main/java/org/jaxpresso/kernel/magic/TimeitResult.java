package org.jaxpresso.kernel.magic;

import java.util.List;
import java.util.Locale;

/**
 * What {@code %timeit} measured, as IPython's {@code TimeitResult}: {@link #repeat()} runs of
 * {@link #loops()} loops each; {@link #allRuns()} holds each run's total seconds.
 * {@link #toString()} is IPython's line,
 * {@code 1.23 ms ± 45.6 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)}.
 */
public record TimeitResult(int loops, int repeat, List<Double> allRuns) {
    public TimeitResult {
        allRuns = List.copyOf(allRuns);
        if (allRuns.size() != repeat) throw new IllegalArgumentException("expected " + repeat + " runs, got " + allRuns.size());
        if (loops < 1 || repeat < 1) throw new IllegalArgumentException("loops and repeat must be at least 1");
    }

    /** Seconds per loop of each run. */
    public List<Double> timings() {
        return allRuns.stream().map(t -> t / loops).toList();
    }

    /** Mean seconds per loop. */
    public double average() {
        return timings().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Standard deviation of the seconds per loop over the runs (of the population, as IPython). */
    public double stdev() {
        double mean = average();
        double sum = 0;
        for (double t : timings()) sum += (t - mean) * (t - mean);
        return Math.sqrt(sum / repeat);
    }

    /** The fastest run's seconds per loop. */
    public double best() {
        return timings().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** The slowest run's seconds per loop. */
    public double worst() {
        return timings().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /**
     * IPython's warning when the slowest run took over four times the fastest, or null: a
     * sign of caching, or of the JIT still compiling.
     */
    public String slowestRunWarning() {
        double best = best();
        double worst = worst();
        if (best > 0 && worst > 4 * best && worst > 1e-6) {
            return String.format(Locale.ROOT, "The slowest run took %.2f times longer than the fastest. "
                    + "This could mean that an intermediate result is being cached.", worst / best);
        }
        return null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s ± %s per loop (mean ± std. dev. of %d run%s, %,d loop%s each)",
                TimeFormat.format(average()), TimeFormat.format(stdev()), repeat, repeat == 1 ? "" : "s",
                loops, loops == 1 ? "" : "s");
    }
}
