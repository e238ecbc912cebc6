package org.jaxpresso.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Times and %timeit lines as IPython 8 prints them (expected strings from IPython's
 * {@code _format_time} and {@code TimeitResult}, worked by hand).
 */
class TimeFormatTest {
    @Test
    void threeSignificantDigitsInTheLargestUnitAboveOne() {
        assertEquals("1.23 ms", TimeFormat.format(0.00123456));
        assertEquals("45.6 µs", TimeFormat.format(4.56e-5));
        assertEquals("812 ns", TimeFormat.format(8.12e-7));
        assertEquals("1 s", TimeFormat.format(1.0));
        assertEquals("500 ms", TimeFormat.format(0.5));
        assertEquals("12.3 s", TimeFormat.format(12.34));
        assertEquals("0.5 ns", TimeFormat.format(5e-10));
        assertEquals("0 ns", TimeFormat.format(0));
    }

    @Test
    void roundingUpToAThousandUsesCsExponentForm() {
        // 0.9996 s: the unit is ms (log10 floors to -1), and 999.6 rounds to 1.00e3: C's %.3g
        assertEquals("1e+03 ms", TimeFormat.format(0.9996));
    }

    @Test
    void aMinuteAndMoreInWords() {
        assertEquals("1min 15s", TimeFormat.format(75));
        assertEquals("1h 2min 5s", TimeFormat.format(3725.5));
        assertEquals("2min", TimeFormat.format(120));
    }

    @Test
    void theTimeitLine() {
        // per loop: six runs of 1 ms and one of 1.7 ms: mean 1.1 ms, population std 0.2449 ms
        TimeitResult r = new TimeitResult(100, 7, List.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.17));
        assertEquals("1.1 ms ± 245 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)", r.toString());
        assertEquals(0.0011, r.average(), 1e-15);
        assertEquals(0.001, r.best(), 1e-15);
        assertEquals(0.0017, r.worst(), 1e-15);
        assertNull(r.slowestRunWarning());
    }

    @Test
    void singularRunAndLoopAndThousandsSeparators() {
        assertEquals("2 s ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)", new TimeitResult(1, 1, List.of(2.0)).toString());
        assertEquals("4 µs ± 2 µs per loop (mean ± std. dev. of 2 runs, 10,000 loops each)",
                new TimeitResult(10_000, 2, List.of(0.02, 0.06)).toString());
    }

    @Test
    void aRunFiveTimesSlowerIsReported() {
        TimeitResult r = new TimeitResult(10, 2, List.of(1e-3, 5e-3));
        assertEquals("The slowest run took 5.00 times longer than the fastest. This could mean that an intermediate result is being cached.",
                r.slowestRunWarning());
    }
}
