package org.jaxpresso.trace;

import java.util.List;
import org.jaxpresso.Array;

/**
 * What eager evaluation runs for a jit call instead of interpreting the call's staged jaxpr
 * equation by equation: jit registers one per staged function in {@link CallExecutors} (the
 * passes' optimised jaxpr now, a fused compilation later). It is run with the eager trace current
 * and gets and returns concrete arrays, one per invar and outvar of the staged jaxpr.
 */
@FunctionalInterface
public interface CallExecutor {
    List<Array> execute(List<Array> args);
}
