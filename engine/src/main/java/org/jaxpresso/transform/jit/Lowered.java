package org.jaxpresso.transform.jit;

import org.jaxpresso.core.ClosedJaxpr;

/**
 * {@code jax.jit(f).lower(args…)}, for looking inside jit: the jaxpr jit staged (exactly what
 * make_jaxpr prints inside {@code jit[…]}), the jaxpr it executes after the passes, and the code
 * the compiler generated for it (empty while jit interprets the optimised jaxpr).
 *
 * @param name      the jitted function's name
 * @param staged    the jaxpr as traced
 * @param optimized the jaxpr after {@link org.jaxpresso.transform.jit.passes.Pipeline}
 * @param generatedCode the compiled code, or empty
 */
public record Lowered(String name, ClosedJaxpr staged, ClosedJaxpr optimized, String generatedCode) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("jit(").append(name).append(") staged jaxpr:\n").append(staged).append('\n');
        sb.append("optimised jaxpr (").append(staged.eqns().size()).append(" -> ").append(optimized.eqns().size())
                .append(" equations):\n").append(optimized).append('\n');
        sb.append("generated code:\n");
        if (generatedCode.isEmpty()) sb.append("  (none: the optimised jaxpr is interpreted)\n");
        else generatedCode.lines().forEach(line -> sb.append("  ").append(line).append('\n'));
        return sb.toString();
    }
}
