package org.jaxpresso.testkit;

import java.util.Random;
import org.jaxpresso.Array;
import org.jaxpresso.core.ShapedArray;

/** Random concrete arrays of small, exactly representable values, for generated programs and their inputs. */
public final class RandomArrays {
    private RandomArrays() {}

    /** An array of this aval: float32 multiples of 1/4 in [-3, 3], int32 in [-5, 5], random bools. */
    public static Array of(ShapedArray aval, Random r) {
        int[] dims = aval.shape().dims();
        int n = aval.shape().size();
        return switch (aval.dtype()) {
            case FLOAT32 -> {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) v[i] = (r.nextInt(25) - 12) / 4f;
                yield Samples.f32(v, dims);
            }
            case INT32 -> {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) v[i] = r.nextInt(11) - 5;
                yield Samples.i32(v, dims);
            }
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) v[i] = r.nextBoolean();
                yield Samples.bool(v, dims);
            }
            default -> throw new IllegalArgumentException("no random arrays of " + aval.dtype());
        };
    }
}
