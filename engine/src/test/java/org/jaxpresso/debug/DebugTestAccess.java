package org.jaxpresso.debug;

/** Lets tests in other packages capture debug output at a level. */
public final class DebugTestAccess {
    private DebugTestAccess() {}

    public static String stderrAtLevel(String level, Runnable body) { return DebugTest.stderrAtLevel(level, body).replace("\r\n", "\n"); }
}
