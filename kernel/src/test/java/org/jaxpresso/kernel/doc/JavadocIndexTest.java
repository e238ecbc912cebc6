package org.jaxpresso.kernel.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jaxpresso.kernel.display.MimeBundle;
import org.junit.jupiter.api.Test;

/** The index the build ships (made from the engine's real doc comments), and lookups by JShell's signatures. */
class JavadocIndexTest {
    private static final JavadocIndex SHIPPED = JavadocIndex.shipped();

    private static String doc(String signature) {
        return SHIPPED.lookup(signature).orElseThrow(() -> new AssertionError("no doc for " + signature));
    }

    @Test
    void theShippedIndexHoldsTheEnginesJavadocAsMarkdown() {
        assertTrue(SHIPPED.size() > 300, "only " + SHIPPED.size() + " entries");
        // Jax.vmap's comment: {@code …} becomes a code span
        assertTrue(doc("Fn1 Jax.vmap(Fn1 f, VmapOption... options)").startsWith(
                "`jax.vmap(f, in_axes, out_axes, axis_name, axis_size)`: a function that maps `f` over an axis of its arguments."),
                doc("Fn1 Jax.vmap(Fn1 f, VmapOption... options)"));
        assertTrue(doc("FnN Jax.vmap(FnN f, VmapOption... options)").startsWith("vmap of a pytree function"));
        // types, as JShell names them: qualified
        assertTrue(doc("org.jaxpresso.Jnp").startsWith("`jax.numpy` in Java"), doc("org.jaxpresso.Jnp"));
        assertTrue(doc("org.jaxpresso.Lax").startsWith("One static method per primitive, as `jax.lax`"));
        assertTrue(doc("org.jaxpresso.DType").contains("named as in `jax.numpy`"));
        // a record's @param tags are listed, and document its accessors
        assertTrue(doc("org.jaxpresso.Device").contains("Parameters:\n- `platform` — `\"cpu\"` or `\"opencl\"`"), doc("org.jaxpresso.Device"));
        assertEquals("`\"cpu\"` or `\"opencl\"`", doc("String Device.platform()"));
        // methods of nested types, fields by owner and name
        assertTrue(doc("String DType.shortName()").contains("`f32`"));
        assertTrue(doc("org.jaxpresso.VmapOption.OutAxes").startsWith("Where each output gets the mapped axis"));
    }

    @Test
    void anUndocumentedMemberGetsTheSectionItSitsIn() {
        assertEquals("(No doc comment of its own; it is in the \"vmap\" section of Jax.)",
                doc("Fn2 Jax.vmap(Fn2 f, VmapOption... options)"));
    }

    @Test
    void everyPublicMemberOfJnpLaxAndArrayHasItsOwnDoc() throws IOException {
        assertEquals("`jnp.sin`: the sine of each element, in radians (`sin`); ints and bools are computed in the default float type.",
                doc("Array Jnp.sin(Object x)"));
        assertTrue(doc("Array Lax.reduceSum(Array x, int... axes)").startsWith("`reduce_sum`: the sum over `axes`"));
        assertTrue(doc("Array Array.sum(int axis, boolean keepdims)").startsWith("`x.sum(axis, keepdims=keepdims)`"));
        List<String> owned = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        try (InputStream in = JavadocIndex.class.getResourceAsStream(JavadocIndex.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", 4);
                if (f.length < 4 || !f[0].equals("org.jaxpresso") || !List.of("Jnp", "Lax", "Array").contains(f[1]) || f[2].isEmpty()) continue;
                owned.add(f[1] + "." + f[2]);
                if (f[3].startsWith("(No doc comment of its own")) fallback.add(f[1] + "." + f[2]);
            }
        }
        assertTrue(owned.size() > 300, "only " + owned.size() + " members of Jnp, Lax and Array indexed");
        assertEquals(List.of(), fallback);
    }

    @Test
    void aConstructorWithoutItsOwnCommentShowsItsTypesDoc() {
        // how JShell prints a record's canonical constructor in `new ShapeDtype(`
        String ctor = "ShapeDtype(org.jaxpresso.core.Shape shape, org.jaxpresso.DType dtype)(org.jaxpresso.core.Shape shape, DType dtype)";
        assertTrue(doc(ctor).startsWith("An abstract argument for `Jax.makeJaxpr`"), doc(ctor));
    }

    @Test
    void whatTheEngineDoesNotDocumentIsNotFound() {
        assertEquals(Optional.empty(), SHIPPED.lookup("int Math.max(int a, int b)"));
        assertEquals(Optional.empty(), SHIPPED.lookup("Array Jnp.sin(Object x, int extra)"));   // no such overload
        assertEquals(Optional.empty(), SHIPPED.lookup("void f(int x)"));                        // a cell's own method
        assertEquals(Optional.empty(), SHIPPED.lookup("java.lang.String"));
        assertEquals(Optional.empty(), SHIPPED.lookup(""));
        assertEquals(Optional.empty(), SHIPPED.lookup("Array Jnp.sin(Object x"));              // unbalanced
        assertEquals(Optional.empty(), SHIPPED.lookup(null));
    }

    @Test
    void signaturesMatchBySimpleErasedTypesAndThePublicPackageWins() {
        JavadocIndex index = JavadocIndex.of(List.of(
                "org.jaxpresso.core\tThing\tmake(List,int[])\tthe core one",
                "org.jaxpresso\tThing\tmake(List,int[])\tthe public one\\nsecond line\\twith a tab and a \\\\",
                "org.jaxpresso\tOuter.Inner\tget(Map)\tinner get",
                "org.jaxpresso\tOuter.Inner\t\tthe inner type",
                "org.jaxpresso\tOuter\tLIMIT\tthe limit",
                "a malformed line"));
        assertEquals(5, index.size());
        String expected = "the public one\nsecond line\twith a tab and a \\";
        assertEquals(Optional.of(expected), index.lookup("<T> java.util.List<T> Thing.make(java.util.List<? extends T> xs, int... ns)"));
        assertEquals(Optional.of(expected), index.lookup("List<T> org.jaxpresso.Thing.make(List<T> xs, int[] ns)"));
        assertEquals(Optional.of("the core one"), index.lookup("List org.jaxpresso.core.Thing.make(List xs, int[] ns)"));
        assertEquals(Optional.of("inner get"), index.lookup("String Outer.Inner.get(java.util.Map<String, java.util.List<Integer>> m)"));
        assertEquals(Optional.of("inner get"), index.lookup("String Inner.get(Map<String, Integer> m)"));
        assertEquals(Optional.of("the inner type"), index.lookup("org.jaxpresso.Outer.Inner"));
        assertEquals(Optional.of("the limit"), index.lookup("Outer.LIMIT"));
        assertEquals(Optional.empty(), index.lookup("List Thing.make(List xs, int n)"));
    }

    @Test
    void inspectionShowsEachSignatureWithItsDocAndSharesADocBetweenNeighbours() {
        JavadocIndex index = JavadocIndex.of(List.of(
                "p\tK\tf(int)\tTakes an `int`.\\n\\n```\\nK.f(1)\\n```",
                "p\tK\tg(int)\tsame",
                "p\tK\tg(long)\tsame"));
        MimeBundle b = Inspection.render(List.of("void K.f(int x)", "void K.g(int x)", "void K.g(long x)", "void K.h()"), index);
        assertEquals("void K.f(int x)\n\nTakes an int.\n\n    K.f(1)\n\nvoid K.g(int x)\nvoid K.g(long x)\n\nsame\n\nvoid K.h()", b.plain());
        assertEquals("```java\nvoid K.f(int x)\n```\n\nTakes an `int`.\n\n```\nK.f(1)\n```\n\n```java\nvoid K.g(int x)\nvoid K.g(long x)\n```\n\nsame\n\n```java\nvoid K.h()\n```",
                b.data().get(Inspection.TEXT_MARKDOWN));
        assertNull(Inspection.render(List.of(), index));
    }
}
