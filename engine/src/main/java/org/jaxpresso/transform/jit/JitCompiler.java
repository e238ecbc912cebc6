package org.jaxpresso.transform.jit;

import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.debug.Debug;
import org.jaxpresso.transform.jit.passes.Pipeline;

/**
 * Compilation of a staged jaxpr: the passes of {@link Pipeline}, then an {@link Executable} for
 * the result: by default the fused compiler's ({@link FusedExecutable}, its fusion groups logged at
 * debug level 3), or the interpreter of the optimised jaxpr.
 */
public final class JitCompiler {
    private JitCompiler() {}

    /** Compiles {@code staged}; {@code name} is the jitted function's, for debug output. */
    public static Executable compile(String name, ClosedJaxpr staged) {
        long start = System.nanoTime();
        ClosedJaxpr passed = Pipeline.optimize(staged);
        // A pass that changes nothing returns its input; the executable must still not hold the
        // staged jaxpr, the weak key of its CallExecutors entry, or the entry would never go.
        ClosedJaxpr optimized = passed == staged ? new ClosedJaxpr(staged.jaxpr(), staged.consts()) : passed;
        Executable executable = executableFor(optimized);
        long nanos = System.nanoTime() - start;
        Debug.log(Debug.CACHE_MISSES, () -> "jit(" + name + "): compiled in " + Debug.millis(nanos) + ", "
                + staged.eqns().size() + " -> " + optimized.eqns().size() + " equations");
        Debug.log(Debug.JAXPRS, () -> "jit(" + name + ") optimised jaxpr:\n" + optimized);
        return executable;
    }

    /**
     * The executable for an optimised jaxpr: the fused compiler, unless
     * {@code -Djaxpresso.jit.fuse=false} asks for the equation-by-equation interpreter.
     */
    static Executable executableFor(ClosedJaxpr optimized) {
        if (!Boolean.parseBoolean(System.getProperty("jaxpresso.jit.fuse", "true"))) return new InterpretedExecutable(optimized);
        FusedExecutable fused = FusedExecutable.of(optimized);
        Debug.log(Debug.FUSION_GROUPS, fused::generatedCode);
        Debug.log(Debug.GENERATED_CODE, () -> fused.compiled().generatedClasses());
        return fused;
    }
}
