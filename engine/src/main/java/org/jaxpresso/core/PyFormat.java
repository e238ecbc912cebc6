package org.jaxpresso.core;

import java.math.BigDecimal;
import java.util.List;

/**
 * Python's text for the values that appear in jaxprs and messages: {@code repr(float)},
 * {@code str(tuple)}, {@code str(bool)}. Java's {@code Double.toString} already yields the
 * shortest round-trip digits (JDK 19+); this class only lays them out as Python does.
 */
public final class PyFormat {
    private PyFormat() {}

    /** {@code repr(x)} for a Python float: {@code 1.0}, {@code 0.1}, {@code 1e-05}, {@code 1e+16}. */
    public static String floatRepr(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
        return layout(shortest(Math.abs(x), false), x < 0, 16, true);
    }

    /**
     * The shortest digits that round-trip a float32, laid out like {@link #floatRepr} (numpy's
     * float32 scalar repr uses the same thresholds).
     */
    public static String float32Repr(float x) {
        if (Float.isNaN(x)) return "nan";
        if (Float.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0) ? "-0.0" : "0.0";
        return layout(shortest(Math.abs(x), true), x < 0, 16, true);
    }

    /**
     * The shortest decimal that reads back as {@code x} (as a float when {@code asFloat}), the
     * closest one among equally short candidates — the digits Python's {@code repr} prints.
     * (Java's own toString insists on two digits and may pick e.g. 4.9E-324 over 5e-324.)
     */
    static String shortest(double x, boolean asFloat) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p < 17; p++) {
            BigDecimal d = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (asFloat ? d.floatValue() == (float) x : d.doubleValue() == x) return d.toString();
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).toString();
    }

    /** Shortest digits and decimal exponent of a Java float/double text, without the sign. */
    public record Digits(String digits, int decimalPoint) {}

    /** Splits Java's shortest text into digits {@code d1d2…} and {@code decpt}: value = 0.d1d2… × 10^decpt. */
    public static Digits digits(String javaText) {
        BigDecimal bd = new BigDecimal(javaText).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        return new Digits(digits, decpt);
    }

    private static String layout(String javaText, boolean negative, int expThreshold, boolean pointZero) {
        Digits d = digits(javaText);
        String digits = d.digits();
        int decpt = d.decimalPoint();
        StringBuilder sb = new StringBuilder();
        if (negative) sb.append('-');
        if (decpt <= -4 || decpt > expThreshold) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) sb.append('0');
            sb.append(e);
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt < digits.length()) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        } else {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (pointZero) sb.append(".0");
        }
        return sb.toString();
    }

    /**
     * Python's {@code str} of a param value: {@code None}, {@code True}, ints, dtypes by NumPy
     * name, tuples; other objects by their {@code toString()}, which the IR types write in
     * Python's form.
     */
    public static String str(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> bool(b);
            case Double d -> floatRepr(d);
            case Float f -> floatRepr(f);
            case List<?> l -> tuple(l);
            default -> v.toString();
        };
    }

    /** {@code str(bool)}. */
    public static String bool(boolean b) { return b ? "True" : "False"; }

    /** {@code str(tuple)} whose elements print with {@code String.valueOf}: {@code (0,)}, {@code (2, 3)}. */
    public static String tuple(List<?> items) {
        if (items.isEmpty()) return "()";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(items.get(i));
        }
        return sb.append(items.size() == 1 ? ",)" : ")").toString();
    }

    /** {@code str(list)}: {@code [1]}, {@code []}. */
    public static String list(List<?> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(items.get(i));
        }
        return sb.append(']').toString();
    }
}
