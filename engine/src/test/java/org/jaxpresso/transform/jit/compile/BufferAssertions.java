package org.jaxpresso.transform.jit.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.backend.Backend;
import org.jaxpresso.backend.Backends;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.cpu.CpuInterpreter;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.trace.ConcreteArray;
import org.jaxpresso.trace.JaxprEval;

/** The oracle (the jaxpr evaluated equation by equation on the reference interpreter) and comparisons with it. */
final class BufferAssertions {
    private BufferAssertions() {}

    /** The reference results of {@code j} on {@code args}. */
    static List<Buffer> reference(ClosedJaxpr j, List<Array> args) {
        Backend saved = Backends.current();
        Backends.setCurrent(new CpuInterpreter());
        try {
            List<Buffer> out = new ArrayList<>();
            for (Array a : JaxprEval.eval(j, args)) out.add(((ConcreteArray) a).buffer());
            return out;
        } finally {
            Backends.setCurrent(saved);
        }
    }

    static List<Buffer> buffers(List<Array> args) {
        return args.stream().map(a -> ((ConcreteArray) a).buffer()).toList();
    }

    /** Equal dtypes, sizes and bits (NaNs of any payload count as equal). */
    static void assertBitIdentical(List<Buffer> want, List<Buffer> got) { assertWithinUlps(want, got, 0); }

    /** Equal except float elements, which may differ by {@code ulps} units in the last place. */
    static void assertWithinUlps(List<Buffer> want, List<Buffer> got, int ulps) {
        assertEquals(want.size(), got.size(), "number of outputs");
        for (int k = 0; k < want.size(); k++) {
            Buffer w = want.get(k);
            Buffer g = got.get(k);
            assertEquals(w.dtype(), g.dtype(), "dtype of output " + k);
            assertEquals(w.size(), g.size(), "size of output " + k);
            for (int i = 0; i < w.size(); i++) {
                boolean ok = switch (w.data()) {
                    case float[] a -> floatUlps(a[i], ((float[]) g.data())[i]) <= ulps;
                    case double[] a -> Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(((double[]) g.data())[i]);
                    default -> w.getLong(i) == g.getLong(i);
                };
                if (!ok) fail("output " + k + " element " + i + ": expected " + w.getBoxed(i) + " but was " + g.getBoxed(i));
            }
        }
    }

    /** The distance in float32 steps; NaN to NaN is 0, NaN to a number is infinite. */
    static long floatUlps(float a, float b) {
        if (Float.isNaN(a) || Float.isNaN(b)) return Float.isNaN(a) && Float.isNaN(b) ? 0 : Long.MAX_VALUE;
        return Math.abs(ordered(a) - ordered(b));
    }

    private static long ordered(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
    }
}
