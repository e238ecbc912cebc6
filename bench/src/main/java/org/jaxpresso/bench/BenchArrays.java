package org.jaxpresso.bench;

import java.util.SplittableRandom;
import org.jaxpresso.Array;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.numpy.ArrayCreation;

/** Deterministic float32 inputs for the benchmarks (the same values numpy_peer.py draws its own of). */
final class BenchArrays {
    private BenchArrays() {}

    /** A float32 array of {@code n} values uniform in [-1, 1), from a fixed seed. */
    static Array uniform(int n, long seed) { return uniformOfShape(seed, n); }

    /** A float32 array of this {@code shape}, values uniform in [-1, 1), from a fixed seed. */
    static Array uniformOfShape(long seed, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        SplittableRandom random = new SplittableRandom(seed);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) data[i] = (float) (random.nextDouble() * 2 - 1);
        return ArrayCreation.fromBuffer(Buffer.wrap(data), shape);
    }

    /** A float32 0-d array (strongly typed, unlike a Java scalar passed to Jnp). */
    static Array scalar(float value) {
        return ArrayCreation.fromBuffer(Buffer.wrap(new float[] {value}));
    }
}
