package org.jaxpresso.transform.jit;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.JaxprEval;
import org.jaxpresso.transform.jit.compile.CompiledJaxpr;

/**
 * Runs the optimised jaxpr with the fused compiler: maximal elementwise groups as one loop nest
 * each, everything else on the backend. It uses the exact mode (transcendental functions as the
 * reference computes them), so jitted results equal eager ones bit for bit.
 */
public record FusedExecutable(ClosedJaxpr jaxpr, CompiledJaxpr compiled) implements Executable {
    public static FusedExecutable of(ClosedJaxpr optimized) {
        return new FusedExecutable(optimized, CompiledJaxpr.compileExact(optimized));
    }

    @Override
    public List<Array> execute(List<Array> args) {
        List<Buffer> in = new ArrayList<>(args.size());
        for (Array a : args) {
            if (!(a instanceof ConcreteArray c)) return JaxprEval.eval(jaxpr, args);
            in.add(c.buffer());
        }
        List<Buffer> out = compiled.run(in);
        List<Array> result = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) result.add(new ConcreteArray(jaxpr.outAvals().get(i), out.get(i)));
        return result;
    }

    @Override
    public String generatedCode() { return compiled.describe(); }
}
