package org.jaxpresso.trace;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Device;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.Cancellation;
import org.jaxpresso.core.JitCall;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;

/** The bottom trace: runs each primitive eagerly on the current backend. */
public final class EvalTrace extends Trace {
    public static final EvalTrace INSTANCE = new EvalTrace();

    private EvalTrace() {}

    @Override
    public List<Array> process(Primitive p, List<Array> args) {
        Cancellation.checkpoint();
        try {
            return run(p, args);
        } catch (org.jaxpresso.ComputationInterruptedException e) {
            Thread.interrupted(); // a worker saw this thread's interrupt: consume it here, once
            throw e;
        }
    }

    private List<Array> run(Primitive p, List<Array> args) {
        Device committed = committedDevice(p.primitiveName(), args);
        if (p instanceof JitCall call) {
            // jit's executor for the staged function (its optimised jaxpr, or its compilation);
            // a jaxpr jit did not stage (a batched body, say) runs equation by equation.
            CallExecutor executor = CallExecutors.executorFor(call.jaxpr());
            if (executor != null) return TraceContext.with(this, () -> executor.execute(args));
            return TraceContext.with(this, () -> JaxprEval.eval(call.jaxpr(), args));
        }
        int n = args.size();
        List<Buffer> buffers = new ArrayList<>(n);
        List<ShapedArray> avals = new ArrayList<>(n);
        for (Array a : args) {
            if (!(a instanceof ConcreteArray c)) {
                throw new JaxpressoException("Encountered an unexpected tracer " + a + " outside its transformation. A tracer was leaked: "
                        + "it was stored in a field or a captured variable during tracing and used afterwards. Return values from the "
                        + "transformed function instead of storing them.");
            }
            buffers.add(c.buffer());
            avals.add(c.aval());
        }
        List<ShapedArray> outAvals = p.abstractEval(avals);
        Backend backend = committed != null ? Backends.forDevice(committed) : Backends.current();
        List<Buffer> outs = backend.execute(p, buffers, avals, outAvals);
        if (outs.size() == 1) return List.of(new ConcreteArray(outAvals.getFirst(), outs.getFirst(), committed));
        List<Array> result = new ArrayList<>(outs.size());
        for (int i = 0; i < outs.size(); i++) result.add(new ConcreteArray(outAvals.get(i), outs.get(i), committed));
        return result;
    }

    /** The one device the committed arguments share (JAX: computation follows data), or null when none is committed. */
    public static Device committedDevice(String operation, List<Array> args) {
        Device found = null;
        for (Array a : args) {
            if (a instanceof ConcreteArray c && c.committedDevice() != null) {
                if (found != null && !found.equals(c.committedDevice())) {
                    throw new JaxpressoException(operation + " received arrays committed to different devices: " + found + " and "
                            + c.committedDevice() + ". Move them to one device with Jax.devicePut first.");
                }
                found = c.committedDevice();
            }
        }
        return found;
    }

    @Override
    public String transformationName() { return "eager evaluation"; }
}
