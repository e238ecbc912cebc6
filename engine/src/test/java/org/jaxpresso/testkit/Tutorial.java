package org.jaxpresso.testkit;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.Fn2;
import org.jaxpresso.Index;
import org.jaxpresso.Jnp;

/** JAX's "Automatic vectorization" tutorial in Java: its functions and the reference jaxpr of vmap(convolve). */
public final class Tutorial {
    private Tutorial() {}

    /** {@code convolve} exactly as the tutorial writes it: a loop of dots over windows. */
    public static final Fn2 CONVOLVE = (x, w) -> {
        List<Array> output = new ArrayList<>();
        for (int i = 1; i < x.shape(-1) - 1; i++) output.add(Jnp.dot(x.get(Index.slice(i - 1, i + 2)), w));
        return Jnp.array(output);
    };

    /** The tutorial's {@code manually_vectorized_convolve}. */
    public static final Fn2 MANUALLY_VECTORIZED = (xs, ws) -> {
        List<Array> output = new ArrayList<>();
        for (int i = 1; i < xs.shape(-1) - 1; i++) {
            output.add(Jnp.sum(xs.get(":, " + (i - 1) + ":" + (i + 2)).mul(ws), 1));
        }
        return Jnp.stack(output, 1);
    };

    /** G38 of JAXPR.md §2.1: {@code make_jaxpr(vmap(convolve))(xs, ws)} for xs i32[2,5], ws f32[2,3]. */
    public static final String VMAP_CONVOLVE_JAXPR = """
            { lambda ; a:i32[2,5] b:f32[2,3]. let
                c:i32[2,3] = slice[limit_indices=(2, 3) start_indices=(0, 0) strides=None] a
                d:f32[2] = dot_general[
                  dimension_numbers=(([1], [1]), ([0], [0]))
                  preferred_element_type=float32
                ] c b
                e:i32[2,3] = slice[limit_indices=(2, 4) start_indices=(0, 1) strides=None] a
                f:f32[2] = dot_general[
                  dimension_numbers=(([1], [1]), ([0], [0]))
                  preferred_element_type=float32
                ] e b
                g:i32[2,3] = slice[limit_indices=(2, 5) start_indices=(0, 2) strides=None] a
                h:f32[2] = dot_general[
                  dimension_numbers=(([1], [1]), ([0], [0]))
                  preferred_element_type=float32
                ] g b
                i:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] d
                j:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] f
                k:f32[2,1] = broadcast_in_dim[broadcast_dimensions=(0,)] h
                l:f32[2,3] = concatenate[dimension=1] i j k
              in (l,) }""";
}
