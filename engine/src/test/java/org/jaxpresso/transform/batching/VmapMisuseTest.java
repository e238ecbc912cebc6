package org.jaxpresso.transform.batching;

import static org.jaxpresso.Jax.vmap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jaxpresso.Array;
import org.jaxpresso.ArrayCreationException;
import org.jaxpresso.ConcretizationException;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.FnN;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.Jnp;
import org.jaxpresso.VmapException;
import org.junit.jupiter.api.Test;

/** Java-side misuse of vmap: reading traced values, leaked tracers, and inputs that are not arrays. */
class VmapMisuseTest {
    private Array leaked;

    @Test
    void readingATracedValueNamesVmap() {
        Fn1 f = x -> Jnp.add(x, x.floatValue());
        String m = assertThrows(ConcretizationException.class, () -> vmap(f).apply(Jnp.array(1f, 2f))).getMessage();
        assertTrue(m.startsWith("Abstract tracer value encountered where concrete value is expected: traced array with shape float32[]."), m);
        assertTrue(m.contains("The problem arose with the `floatValue()` call: the value is abstract because it is being traced by vmap"), m);
    }

    @Test
    void leakedTracerUsedEagerlyIsReportedAsLeaked() {
        vmap((Fn1) x -> {
            leaked = x;
            return x;
        }).apply(Jnp.array(1f, 2f));
        JaxpressoException e = assertThrows(JaxpressoException.class, () -> Jnp.sin(leaked));
        assertEquals(JaxpressoException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("Encountered an unexpected tracer Traced<float32[]>with<BatchTrace> outside its transformation. "
                + "A tracer was leaked"), e.getMessage());
    }

    @Test
    void leakedTracerUsedInALaterVmapIsReportedAsLeaked() {
        vmap((Fn1) x -> {
            leaked = x;
            return x;
        }).apply(Jnp.array(1f, 2f));
        Fn1 later = y -> Jnp.add(y, leaked);
        JaxpressoException e = assertThrows(JaxpressoException.class, () -> vmap(later).apply(Jnp.array(3f, 4f)));
        assertTrue(e.getMessage().contains("A tracer was leaked"), e.getMessage());
        Fn1 unbatched = y -> Jnp.sin(leaked);
        JaxpressoException e2 = assertThrows(JaxpressoException.class, () -> vmap(unbatched).apply(Jnp.array(3f, 4f)));
        assertTrue(e2.getMessage().contains("A tracer was leaked"), e2.getMessage());
    }

    @Test
    void leakedTracerReturnedFromALaterVmapIsReportedAsLeaked() {
        vmap((Fn1) x -> {
            leaked = x;
            return x;
        }).apply(Jnp.array(1f, 2f));
        JaxpressoException e = assertThrows(JaxpressoException.class, () -> vmap((Fn1) y -> leaked).apply(Jnp.array(3f, 4f)));
        assertTrue(e.getMessage().contains("A tracer was leaked"), e.getMessage());
    }

    @Test
    void nullFunction() {
        assertEquals("Expected a callable value, got None", assertThrows(VmapException.class, () -> vmap((Fn1) null)).getMessage());
        assertEquals("Expected a callable value, got None", assertThrows(VmapException.class, () -> vmap((Fn2) null)).getMessage());
        assertEquals("Expected a callable value, got None", assertThrows(VmapException.class, () -> vmap((FnN) null)).getMessage());
    }

    @Test
    void stringArgument() {
        FnN f = args -> args[0];
        String m = assertThrows(ArrayCreationException.class, () -> vmap(f).apply(Jnp.array(1f, 2f), "abc")).getMessage();
        assertEquals("Argument 'abc' of type java.lang.String is not a valid JAX type (vmap argument args[1] is mapped; pass an Array, "
                + "a Java number or boolean, or a Java array of them)", m);
    }

    @Test
    void stringOutput() {
        FnN f = args -> "abc";
        String m = assertThrows(ArrayCreationException.class, () -> vmap(f).apply(Jnp.array(1f, 2f))).getMessage();
        assertEquals("Output from batched function 'abc' with type java.lang.String is not a valid JAX type", m);
    }

    @Test
    void raggedJavaArray() {
        FnN f = args -> args[0];
        String m = assertThrows(ArrayCreationException.class, () -> vmap(f).apply((Object) new float[][] {{1, 2}, {3}})).getMessage();
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. "
                + "The detected shape was (2,) + inhomogeneous part.", m);
    }

    @Test
    void rectangularJavaArrayIsMappedLikeAnArray() {
        FnN f = args -> Jnp.sum((Array) args[0]);
        Array out = (Array) vmap(f).apply((Object) new float[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new float[] {3, 7}, out.toFloatArray());
    }
}
