package org.jaxpresso.backend.opencl;

import java.util.HashMap;
import java.util.Map;
import org.jaxpresso.debug.Debug;

/**
 * Built kernels of one context, keyed by their full source text (which names every dtype and
 * access pattern, never a shape). Each source is built once; the build time is logged at debug
 * level 1. Closing the cache releases every program.
 */
final class ProgramCache implements AutoCloseable {
    private record Built(ClProgram program, ClKernel kernel) {}

    private final ClContext context;
    private final String options;
    private final Map<String, Built> built = new HashMap<>();
    private long buildNanos;

    ProgramCache(ClContext context) {
        this.context = context;
        this.options = context.device().correctlyRoundedDivideSqrt() ? "-cl-fp32-correctly-rounded-divide-sqrt" : "";
    }

    /** The kernel {@code jx} of {@code source}, built on first use. */
    ClKernel kernel(String source) {
        Built b = built.get(source);
        if (b == null) {
            long start = System.nanoTime();
            ClProgram program = new ClProgram(context, source, options);
            b = new Built(program, program.kernel("jx"));
            long nanos = System.nanoTime() - start;
            buildNanos += nanos;
            built.put(source, b);
            Debug.log(Debug.CACHE_MISSES, () -> "OpenCL program build on " + context.device().name() + ": " + Debug.millis(nanos)
                    + " (" + built.size() + " programs cached)");
            Debug.log(Debug.GENERATED_CODE, () -> "OpenCL source:\n" + source);
        }
        return b.kernel();
    }

    /** How many programs have been built. */
    int size() { return built.size(); }

    /** Total time spent building programs, in nanoseconds. */
    long buildNanos() { return buildNanos; }

    @Override
    public void close() {
        for (Built b : built.values()) {
            b.kernel().close();
            b.program().close();
        }
        built.clear();
    }
}
