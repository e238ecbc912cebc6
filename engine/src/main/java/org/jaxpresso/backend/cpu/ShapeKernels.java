package org.jaxpresso.backend.cpu;

import java.util.List;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.BroadcastInDim;
import org.jaxpresso.core.Concatenate;
import org.jaxpresso.core.DynamicSlice;
import org.jaxpresso.core.Iota;
import org.jaxpresso.core.Pad;
import org.jaxpresso.core.Rev;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Slice;
import org.jaxpresso.core.Transpose;

/** Reference loops for primitives that move elements around. */
final class ShapeKernels {
    private ShapeKernels() {}

    static Buffer broadcastInDim(BroadcastInDim b, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer reshape(Buffer x, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer transpose(Transpose t, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer rev(Rev r, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer slice(Slice s, Buffer x, ShapedArray xAval, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer dynamicSlice(DynamicSlice d, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer dynamicUpdateSlice(List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer concatenate(Concatenate c, List<Buffer> in, List<ShapedArray> inAvals, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer pad(Pad p, Buffer x, ShapedArray xAval, Buffer value, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }

    static Buffer iota(Iota i, ShapedArray out) { throw new UnsupportedOperationException("TODO"); }
}
