package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;

/**
 * The default eager backend: fast kernels where they exist ({@link FastKernels}), the
 * reference {@link CpuInterpreter} for everything else.
 */
public final class CpuBackend implements Backend {
    private final CpuInterpreter reference = new CpuInterpreter();

    @Override
    public String name() { return "cpu"; }

    @Override
    public List<Buffer> execute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {
        Buffer fast = FastKernels.tryExecute(p, in, inAvals, outAvals.getFirst());
        return fast != null ? List.of(fast) : reference.execute(p, in, inAvals, outAvals);
    }
}
