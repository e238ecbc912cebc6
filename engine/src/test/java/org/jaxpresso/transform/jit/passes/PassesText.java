package org.jaxpresso.transform.jit.passes;

import org.jaxpresso.core.ClosedJaxpr;

/** Jaxpr text on one line for short golden strings (see {@link DeadCodeEliminationTest#oneLine}). */
public final class PassesText {
    private PassesText() {}

    public static String oneLine(ClosedJaxpr j) { return DeadCodeEliminationTest.oneLine(j); }
}
