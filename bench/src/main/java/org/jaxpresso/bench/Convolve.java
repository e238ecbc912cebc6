package org.jaxpresso.bench;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Index;
import org.jaxpresso.Jnp;

/** The JAX tutorial's {@code convolve} and its hand-batched {@code manually_vectorized_convolve}. */
final class Convolve {
    private Convolve() {}

    /** One signal {@code x} with one kernel {@code w}: a loop of dots over the windows. */
    static Array convolve(Array x, Array w) {
        List<Array> output = new ArrayList<>();
        for (int i = 1; i < x.shape(-1) - 1; i++) output.add(Jnp.dot(x.get(Index.slice(i - 1, i + 2)), w));
        return Jnp.array(output);
    }

    /** A batch of signals {@code xs} with a batch of kernels {@code ws}, batched by hand. */
    static Array manuallyVectorized(Array xs, Array ws) {
        List<Array> output = new ArrayList<>();
        for (int i = 1; i < xs.shape(-1) - 1; i++) {
            output.add(Jnp.sum(xs.get(Index.slice(null, null), Index.slice(i - 1, i + 2)).mul(ws), 1));
        }
        return Jnp.stack(output, 1);
    }
}
