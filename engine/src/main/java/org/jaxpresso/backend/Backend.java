package org.jaxpresso.backend;

import java.util.List;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;

/** Runs one primitive on buffers. The avals have been checked by the primitive's type rule. */
public interface Backend {
    String name();

    List<Buffer> execute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals);

    /** {@code x} with its elements where this backend computes ({@code device_put}); the CPU reads any buffer as it is. */
    default Buffer put(Buffer x) { return x; }
}
