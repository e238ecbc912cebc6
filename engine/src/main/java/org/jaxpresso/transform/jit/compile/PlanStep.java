package org.jaxpresso.transform.jit.compile;

import org.jaxpresso.core.Eqn;

/** One step of a compiled jaxpr, in program order: a fused loop nest, or an equation run as before on the backend. */
sealed interface PlanStep {
    /** A fused group, run by its executor. */
    record Fused(FusedGroup group) implements PlanStep {}

    /** An equation the fuser leaves alone ({@code dot_general}, {@code gather}, {@code concatenate}, nested jit…). */
    record Kernel(Eqn eqn) implements PlanStep {}
}
