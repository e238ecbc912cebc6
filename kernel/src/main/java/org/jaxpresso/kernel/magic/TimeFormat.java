package org.jaxpresso.kernel.magic;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Durations as IPython's {@code %time} and {@code %timeit} print them: three significant digits
 * in the largest unit that keeps the number at least 1 ({@code 1.23 ms}, {@code 45.6 µs},
 * {@code 812 ns}), and {@code 1min 5s} style from a minute on.
 */
public final class TimeFormat {
    private static final String[] UNITS = {"s", "ms", "µs", "ns"};
    private static final double[] SCALE = {1, 1e3, 1e6, 1e9};
    private static final String[] LONG_UNITS = {"d", "h", "min", "s"};
    private static final double[] LONG_LENGTHS = {86400, 3600, 60, 1};

    private TimeFormat() {}

    /** {@code seconds} with three significant digits and its unit. */
    public static String format(double seconds) {
        if (seconds >= 60) return formatLong(seconds);
        int order = seconds > 0 ? Math.min(-Math.floorDiv((int) Math.floor(Math.log10(seconds)), 3), 3) : 3;
        order = Math.max(order, 0);
        return significant(seconds * SCALE[order], 3) + " " + UNITS[order];
    }

    private static String formatLong(double seconds) {
        StringBuilder out = new StringBuilder();
        double left = seconds;
        for (int i = 0; i < LONG_UNITS.length; i++) {
            long value = (long) (left / LONG_LENGTHS[i]);
            if (value > 0) {
                left = left % LONG_LENGTHS[i];
                if (!out.isEmpty()) out.append(' ');
                out.append(value).append(LONG_UNITS[i]);
            }
            if (left < 1) break;
        }
        return out.toString();
    }

    /**
     * {@code x} rounded to {@code digits} significant digits, trailing zeros dropped, as C's
     * {@code %.*g}: plain notation, or {@code 1e+03} style when the exponent is below -4 or
     * at least {@code digits}.
     */
    static String significant(double x, int digits) {
        if (x == 0) return "0";
        if (!Double.isFinite(x)) return Double.toString(x);
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String m = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
            return m + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
    }
}
