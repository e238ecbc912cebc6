package org.jaxpresso.numpy;

import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.ShapedArray;

/** JAX's {@code repr} of an array with numpy's number formatting. TODO: full numpy layout. */
public final class ArrayFormatter {
    private ArrayFormatter() {}

    public static String repr(ShapedArray aval, Buffer b) {
        StringBuilder sb = new StringBuilder("Array(");
        sb.append(b.size() == 1 && aval.rank() == 0 ? String.valueOf(b.getBoxed(0)) : "[...]");
        sb.append(", dtype=").append(aval.dtype());
        if (aval.weakType()) sb.append(", weak_type=True");
        return sb.append(')').toString();
    }
}
