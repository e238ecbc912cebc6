package org.jaxpresso.numpy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * numpy's {@code FloatingFormat} under the default print options (precision 8,
 * {@code floatmode='maxprec'}, {@code suppress=False}, sign {@code '-'}): one format shared by
 * all elements of an array so that they line up.
 *
 * <p>Each value is written with the shortest digits that read back as the same float32 (or
 * float64), at most 8 after the decimal point ({@code maxprec}: longer values are rounded). The
 * array switches to scientific notation when its largest non-zero magnitude is ≥ 1e8, its
 * smallest is < 1e-4, or their ratio exceeds 1000. Positional values share the width of the
 * integer part and of the fraction (padded with spaces: {@code [0. , 0.5]}); scientific values
 * share the number of mantissa digits (continued with the exact value's digits) and of exponent
 * digits. {@code nan} and
 * {@code inf} are right-aligned to the common width.
 */
final class FloatFormat {
    private static final int PRECISION = 8;

    private final boolean single;
    private boolean exponential;
    private int padLeft;
    private int padRight;
    private int expDigits;
    /** Mantissa digits after the point in scientific notation (all elements). */
    private int mantissaDigits;

    /** The format for these values (the visible part of the array); {@code single} for float32 digits. */
    FloatFormat(double[] values, boolean single) {
        this.single = single;
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        int finite = 0;
        boolean negativeInf = false;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            if (Double.isInfinite(v)) {
                negativeInf |= v < 0;
                continue;
            }
            finite++;
            double a = Math.abs(v);
            if (a != 0) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        if (min != Double.POSITIVE_INFINITY) {
            double ratio = single ? (float) (max / min) : max / min;
            double small = single ? (float) 1e-4 : 1e-4;
            exponential = max >= 1e8 || min < small || ratio > 1000;
        }
        if (finite == 0) {
            padLeft = 0;
            padRight = 0;
        } else if (exponential) {
            int maxExpLen = 0;
            for (double v : values) {
                if (!Double.isFinite(v)) continue;
                Decimal d = scientificDigits(v, PRECISION);
                mantissaDigits = Math.max(mantissaDigits, d.digits().length() - 1);
                maxExpLen = Math.max(maxExpLen, Math.max(2, Integer.toString(Math.abs(d.point() - 1)).length()));
                padLeft = Math.max(padLeft, isNegative(v) ? 2 : 1);
            }
            expDigits = maxExpLen;
            padRight = expDigits + 2 + mantissaDigits;
        } else {
            for (double v : values) {
                if (!Double.isFinite(v)) continue;
                Decimal d = positionalDigits(v);
                padLeft = Math.max(padLeft, integerPart(d).length() + (isNegative(v) ? 1 : 0));
                padRight = Math.max(padRight, fractionPart(d).length());
            }
        }
        if (finite != values.length) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInf ? 1 : 0) - offset));
        }
    }

    /** One element, padded to the common width. */
    String format(double x) {
        if (!Double.isFinite(x)) {
            String s = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
        }
        String sign = isNegative(x) ? "-" : "";
        if (exponential) {
            // numpy asks Dragon4 for at least mantissaDigits digits: shorter values continue with
            // the digits of their exact binary value (float32 2/3 → 6.6666669e-01), not with zeros.
            Decimal d = scientificDigits(x, PRECISION);
            if (d.digits().length() - 1 < mantissaDigits && x != 0) {
                d = Decimal.of(exact(x).round(new MathContext(mantissaDigits + 1, RoundingMode.HALF_EVEN)));
            }
            String digits = d.digits();
            String mantissa = sign + digits.charAt(0);
            String fraction = digits.substring(1) + "0".repeat(mantissaDigits - (digits.length() - 1));
            int exp = d.point() - 1;
            String e = Integer.toString(Math.abs(exp));
            e = "0".repeat(Math.max(0, expDigits - e.length())) + e;
            return pad(mantissa, padLeft) + "." + fraction + "e" + (exp < 0 ? "-" : "+") + e;
        }
        Decimal d = positionalDigits(x);
        String fraction = fractionPart(d);
        return pad(sign + integerPart(d), padLeft) + "." + fraction + " ".repeat(padRight - fraction.length());
    }

    private static String pad(String s, int width) { return " ".repeat(Math.max(0, width - s.length())) + s; }

    private static boolean isNegative(double x) { return Double.doubleToRawLongBits(x) < 0; }

    // ---- digits -------------------------------------------------------------------------------

    /** Decimal digits {@code d1 d2 …} (no trailing zeros) and point: the value is {@code 0.d1d2… × 10^point}. */
    record Decimal(String digits, int point) {
        static Decimal of(BigDecimal magnitude) {
            if (magnitude.signum() == 0) return new Decimal("0", 1);
            BigDecimal bd = magnitude.stripTrailingZeros();
            String digits = bd.unscaledValue().toString();
            return new Decimal(digits, digits.length() - bd.scale());
        }
    }

    /** The exact value of {@code |x|} (a float32 value widens to double exactly). */
    private static BigDecimal exact(double x) { return new BigDecimal(Math.abs(x)); }

    /**
     * The shortest digits that round-trip {@code |x|} in this format's precision. Java's
     * {@code toString} never prints fewer than two significant digits (4.9E-324), so a one-digit
     * candidate that also round-trips is preferred, as Python and numpy do.
     */
    private Decimal shortest(double x) {
        double a = Math.abs(x);
        if (a == 0) return new Decimal("0", 1);
        Decimal d = Decimal.of(new BigDecimal(single ? Float.toString((float) a) : Double.toString(a)));
        if (d.digits().length() != 2) return d;
        BigDecimal exactValue = exact(a);
        Decimal best = null;
        BigDecimal bestError = null;
        int lead = d.digits().charAt(0) - '0';
        for (int c = lead; c <= lead + 1; c++) {
            BigDecimal candidate = BigDecimal.valueOf(c).scaleByPowerOfTen(d.point() - 1);
            boolean roundTrips = single ? (float) candidate.doubleValue() == (float) a && Float.parseFloat(candidate.toString()) == (float) a
                    : Double.parseDouble(candidate.toString()) == a;
            if (!roundTrips) continue;
            BigDecimal error = candidate.subtract(exactValue).abs();
            if (best == null || error.compareTo(bestError) < 0) {
                best = Decimal.of(candidate);
                bestError = error;
            }
        }
        return best != null ? best : d;
    }

    /** Positional digits: the shortest, or the exact value rounded half-even to 8 places when longer. */
    private Decimal positionalDigits(double x) {
        Decimal d = shortest(x);
        if (d.digits().length() - d.point() <= PRECISION) return d;
        return Decimal.of(exact(x).setScale(PRECISION, RoundingMode.HALF_EVEN));
    }

    /** Scientific digits: the shortest, or the exact value rounded to {@code precision + 1} significant digits. */
    private Decimal scientificDigits(double x, int precision) {
        Decimal d = shortest(x);
        if (d.digits().length() - 1 <= precision) return d;
        return Decimal.of(exact(x).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN)));
    }

    private static String integerPart(Decimal d) {
        String digits = d.digits();
        int p = d.point();
        if (p <= 0) return "0";
        if (p >= digits.length()) return digits + "0".repeat(p - digits.length());
        return digits.substring(0, p);
    }

    private static String fractionPart(Decimal d) {
        String digits = d.digits();
        int p = d.point();
        if (digits.equals("0")) return "";
        if (p <= 0) return "0".repeat(-p) + digits;
        if (p >= digits.length()) return "";
        return digits.substring(p);
    }
}
