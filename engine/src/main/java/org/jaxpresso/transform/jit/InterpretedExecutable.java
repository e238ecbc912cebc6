package org.jaxpresso.transform.jit;

import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.trace.JaxprEval;

/** Runs the optimised jaxpr one primitive at a time on the current trace (the eager one, when jit executes it). */
public record InterpretedExecutable(ClosedJaxpr jaxpr) implements Executable {
    @Override
    public List<Array> execute(List<Array> args) { return JaxprEval.eval(jaxpr, args); }

    @Override
    public String generatedCode() { return ""; }
}
