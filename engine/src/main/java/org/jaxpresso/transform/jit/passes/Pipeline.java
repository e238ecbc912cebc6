package org.jaxpresso.transform.jit.passes;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jaxpresso.core.ClosedJaxpr;

/**
 * The passes jit runs over a staged jaxpr before executing it, in order. Each is a pure function
 * {@code ClosedJaxpr -> ClosedJaxpr} that keeps the jaxpr's signature and every value it computes:
 * <ol>
 *   <li>{@code constant_folding} evaluates what depends only on constants ({@link ConstantFolding});</li>
 *   <li>{@code cse} merges repeated equations ({@link CommonSubexpressionElimination});</li>
 *   <li>{@code dce} drops what no output needs, and unused constants ({@link DeadCodeElimination}).</li>
 * </ol>
 * Folding first turns constant subtrees into constants that CSE need not compare; DCE last removes
 * the equations and constants the other two left unused.
 */
public final class Pipeline {
    /** A named pass. */
    public record Pass(String name, UnaryOperator<ClosedJaxpr> run) {}

    /** The passes, in the order they run. */
    public static final List<Pass> PASSES = List.of(
            new Pass("constant_folding", ConstantFolding::apply),
            new Pass("cse", CommonSubexpressionElimination::apply),
            new Pass("dce", DeadCodeElimination::apply));

    private Pipeline() {}

    /** Runs every pass of {@link #PASSES} in order. */
    public static ClosedJaxpr optimize(ClosedJaxpr staged) { return run(PASSES, staged); }

    /** Runs {@code passes} in order. */
    public static ClosedJaxpr run(List<Pass> passes, ClosedJaxpr jaxpr) {
        ClosedJaxpr j = jaxpr;
        for (Pass p : passes) j = p.run().apply(j);
        return j;
    }
}
