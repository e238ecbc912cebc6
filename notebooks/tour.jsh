// A tour of Jaxpresso in JShell: JAX's "Automatic vectorization" tutorial — convolve, the
// hand-batched rewrite, vmap, and the two jaxprs side by side. Run it with `install/jaxpresso tour`.
import org.jaxpresso.*;
import static org.jaxpresso.Jax.*;
import java.util.*;

Array x = Jnp.arange(5);
Array w = Jnp.array(2., 3., 4.);
System.out.println("x = " + x);
System.out.println("w = " + w);

// convolve as the tutorial writes it: a loop of dot products over windows.
Fn2 convolve = (a, b) -> {
    List<Array> output = new ArrayList<>();
    for (int i = 1; i < a.shape(-1) - 1; i++) output.add(Jnp.dot(a.get(Index.slice(i - 1, i + 2)), b));
    return Jnp.array(output);
};
System.out.println("convolve(x, w) = " + convolve.apply(x, w));

System.out.println("\nThe jaxpr of convolve, as jax.make_jaxpr prints it:");
System.out.println(makeJaxpr(convolve, x, w));

// A batch of examples, and the hand-vectorized rewrite vmap will be compared with.
Array xs = Jnp.stack(List.of(x, x), 0);
Array ws = Jnp.stack(List.of(w, w), 0);
Fn2 manuallyVectorizedConvolve = (as, bs) -> {
    List<Array> output = new ArrayList<>();
    for (int i = 1; i < as.shape(-1) - 1; i++) output.add(Jnp.sum(as.get(":, " + (i - 1) + ":" + (i + 2)).mul(bs), 1));
    return Jnp.stack(output, 1);
};
System.out.println("\nmanually vectorized: " + manuallyVectorizedConvolve.apply(xs, ws));
System.out.println(makeJaxpr(manuallyVectorizedConvolve, xs, ws));

// vmap does the batching for us, and prints the jaxpr JAX prints for vmap(convolve).
System.out.println("\nvmap(convolve): " + vmap(convolve).apply(xs, ws));
System.out.println(makeJaxpr(vmap(convolve), xs, ws));
System.out.println("\nvmap(convolve, inAxes(0, null)) with one w: " + vmap(convolve, inAxes(0, null)).apply(xs, w));
System.out.println("jit(vmap(convolve)): " + jit(vmap(convolve)).apply(xs, ws));

// What really differs: a batched dot_general against mul + reduce_sum.
System.out.println();
System.out.println(compare("vmap(convolve)", makeJaxpr(vmap(convolve), xs, ws), "manual", makeJaxpr(manuallyVectorizedConvolve, xs, ws)));
/exit
