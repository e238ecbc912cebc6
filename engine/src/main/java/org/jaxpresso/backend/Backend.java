package org.jaxpresso.backend;

import java.util.List;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;

/** Runs one primitive on buffers. The avals have been checked by the primitive's type rule. */
public interface Backend {
    String name();

    List<Buffer> execute(Primitive p, List<Buffer> in, List<ShapedArray> inAvals, List<ShapedArray> outAvals);
}
