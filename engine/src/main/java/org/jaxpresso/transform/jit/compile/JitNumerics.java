package org.jaxpresso.transform.jit.compile;

import java.util.EnumSet;
import java.util.Set;
import org.jaxpresso.DType;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.core.Unary;

/**
 * jit's numerics policy, the one place it is stated. Jitted results equal eager results:
 * <ul>
 *   <li>float64, int32, int64, bool: bit for bit, every op;</li>
 *   <li>float32 {@code + - * / max min neg abs sqrt square}, comparisons, select, clamp,
 *       conversions, reductions and every op not listed below: bit for bit;</li>
 *   <li>float32 {@code tanh exp log} ({@link #APPROXIMATE_FLOAT32}) in fused vector loops: within
 *       {@value #APPROXIMATE_FLOAT32_ULPS} ulp of the eager value (the Vector API's SIMD
 *       approximations, as XLA also approximates them); values computed from them carry that
 *       error on as any rounding error does (so they agree to about float32 precision, not bit
 *       for bit).</li>
 * </ul>
 * The system property {@value #EXACT_PROPERTY}{@code =true} (read when a function is compiled)
 * makes jit bit for bit everywhere, at the cost of running those functions in the tiled
 * interpreter in double precision.
 */
public final class JitNumerics {
    private JitNumerics() {}

    /** The system property that turns the approximations off. */
    public static final String EXACT_PROPERTY = "jaxpresso.jit.exact";

    /** The float32 functions jit may approximate. */
    public static final Set<Unary> APPROXIMATE_FLOAT32 = Set.copyOf(EnumSet.of(Unary.TANH, Unary.EXP, Unary.LOG));

    /** How far, in units in the last place, an approximated float32 function may be from the eager value. */
    public static final int APPROXIMATE_FLOAT32_ULPS = 2;

    /** Whether jit compiles bit-exactly now ({@value #EXACT_PROPERTY}). */
    public static boolean exact() { return Boolean.getBoolean(EXACT_PROPERTY); }

    /** Whether {@code op} applied to float32 is one jit may approximate (when not in exact mode). */
    static boolean approximates(Unary op) { return APPROXIMATE_FLOAT32.contains(op); }

    /**
     * Whether jit, in its current mode, may give results for {@code j} that are not bit-identical
     * to eager evaluation: some equation (nested jit bodies included) applies an approximated
     * function to float32.
     */
    public static boolean mayApproximate(ClosedJaxpr j) { return !exact() && containsApproximated(j); }

    private static boolean containsApproximated(ClosedJaxpr j) {
        for (Eqn e : j.jaxpr().eqns()) {
            if (e.primitive() instanceof JitCall call && containsApproximated(call.jaxpr())) return true;
            if (e.primitive() instanceof Unary u && approximates(u) && e.outputs().getFirst().aval().dtype() == DType.FLOAT32) return true;
        }
        return false;
    }
}
