package org.jaxpresso.debug;

import java.util.function.Supplier;

/**
 * The one debug switch: the environment variable {@code JAXPRESSO_DEBUG} or the system property
 * {@code jaxpresso.debug} (which wins, and is read on every call so a test or a notebook can
 * change it) set a level; messages at or below it go to {@code System.err}, prefixed
 * {@code [jaxpresso] }. Level 0 (the default) prints nothing. This package imports nothing from the
 * engine, so every layer may log.
 */
public final class Debug {
    /** Level 1: one line per jit cache miss (with its trace time) and per compilation (with its time). */
    public static final int CACHE_MISSES = 1;
    /** Level 2: also the staged and optimised jaxprs of each compilation. */
    public static final int JAXPRS = 2;
    /** Level 3: also the fusion groups the compiler forms. */
    public static final int FUSION_GROUPS = 3;
    /** Level 4: also the code the compiler generates. */
    public static final int GENERATED_CODE = 4;

    public static final String PROPERTY = "jaxpresso.debug";
    public static final String ENVIRONMENT = "JAXPRESSO_DEBUG";

    private static final int FROM_ENVIRONMENT = parse(System.getenv(ENVIRONMENT));

    private Debug() {}

    /** The current level: the system property if set, else the environment variable, else 0. */
    public static int level() {
        String p = System.getProperty(PROPERTY);
        return p != null ? parse(p) : FROM_ENVIRONMENT;
    }

    /** Whether messages of {@code level} are printed. */
    public static boolean enabled(int level) { return level() >= level; }

    /** Prints {@code message.get()} when {@code level} is enabled; the message is not built otherwise. */
    public static void log(int level, Supplier<String> message) {
        if (enabled(level)) System.err.println("[jaxpresso] " + message.get());
    }

    /** Milliseconds, with two decimals, from a {@link System#nanoTime()} difference. */
    public static String millis(long nanos) { return String.format("%.2f ms", nanos / 1e6); }

    private static int parse(String s) {
        if (s == null || s.isBlank()) return 0;
        try {
            return Math.max(0, Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return s.trim().equalsIgnoreCase("true") ? 1 : 0;
        }
    }
}
