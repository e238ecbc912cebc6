package org.jaxpresso.transform.jit;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Device;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.EvalTrace;
import org.jaxpresso.trace.JaxprEval;
import org.jaxpresso.transform.jit.compile.CompiledJaxpr;
import org.jaxpresso.transform.jit.compile.JitNumerics;

/**
 * Runs the optimised jaxpr with the fused compiler: maximal elementwise groups as one loop nest
 * each, everything else on the backend. Float32 {@code tanh exp log} use the fast approximate vector functions, within the tolerance
 * {@link JitNumerics} states; {@code -Djaxpresso.jit.exact=true} compiles bit-exactly instead.
 * It runs where its arguments are committed (JAX: computation follows data), else on the default
 * device; on an OpenCL device the fused groups run as OpenCL kernels and the results stay there.
 */
public record FusedExecutable(ClosedJaxpr jaxpr, CompiledJaxpr compiled) implements Executable {
    public static FusedExecutable of(ClosedJaxpr optimized) {
        return new FusedExecutable(optimized, JitNumerics.exact() ? CompiledJaxpr.compileExact(optimized) : CompiledJaxpr.compile(optimized));
    }

    @Override
    public List<Array> execute(List<Array> args) {
        List<Buffer> in = new ArrayList<>(args.size());
        for (Array a : args) {
            if (!(a instanceof ConcreteArray c)) return JaxprEval.eval(jaxpr, args);
            in.add(c.buffer());
        }
        Device committed = EvalTrace.committedDevice("jit", args);
        List<Buffer> out = compiled.run(in, committed != null ? Backends.forDevice(committed) : Backends.current());
        List<Array> result = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) result.add(new ConcreteArray(jaxpr.outAvals().get(i), out.get(i), committed));
        return result;
    }

    @Override
    public String generatedCode() { return compiled.describe(); }
}
