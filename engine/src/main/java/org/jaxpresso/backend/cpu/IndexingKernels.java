package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.Gather;
import org.jaxpresso.core.Scatter;
import org.jaxpresso.core.ShapedArray;

/** Reference loops for gather and scatter. */
final class IndexingKernels {
    private IndexingKernels() {}

    static Buffer gather(Gather g, Buffer x, ShapedArray xAval, Buffer indices, ShapedArray indicesAval, ShapedArray out) {
        throw new UnsupportedOperationException("TODO");
    }

    static Buffer scatter(Scatter s, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }
}
