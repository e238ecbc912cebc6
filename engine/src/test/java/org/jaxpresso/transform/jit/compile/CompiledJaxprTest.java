package org.jaxpresso.transform.jit.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Jax;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Reduce;
import org.junit.jupiter.api.Test;

/**
 * Hand-written programs, large enough for the parallel and vector paths, against the reference
 * interpreter. Tolerances per op: everything bit-identical except float32 {@code tanh}, {@code exp}
 * and {@code log} on the Vector API path, within 2 ulp.
 */
class CompiledJaxprTest {
    private static Array randomF32(Random r, double lo, double hi, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) (lo + (hi - lo) * r.nextDouble());
        return Lax.reshape(Jnp.array(v), shape);
    }

    private static Array randomI32(Random r, int bound, int... shape) {
        int n = 1;
        for (int d : shape) n *= d;
        int[] v = new int[n];
        for (int i = 0; i < n; i++) v[i] = r.nextInt(2 * bound + 1) - bound;
        return Lax.reshape(Jnp.array(v), shape);
    }

    private static CompiledJaxpr checkExact(ClosedJaxpr j, Array... args) {
        CompiledJaxpr c = CompiledJaxpr.compileExact(j);
        BufferAssertions.assertBitIdentical(BufferAssertions.reference(j, List.of(args)), c.run(BufferAssertions.buffers(List.of(args))));
        return c;
    }

    @Test
    void tanhOfAffineIsOneVectorGroupWithin2UlpAndExactOnTheTiledPath() {
        Random r = new Random(1);
        Array x = randomF32(r, -4, 4, 100_003);
        Array a = Jnp.array(0.75f);
        Array b = Jnp.array(-0.25f);
        ClosedJaxpr j = Jax.makeJaxpr((p, q, s) -> Lax.tanh(Jnp.add(Jnp.multiply(p, s), q)), a, b, x);
        CompiledJaxpr c = CompiledJaxpr.compile(j);
        assertEquals(1, c.fusedGroupCount(), c::describe);
        if (VectorSupport.AVAILABLE) assertEquals(1, c.vectorGroupCount(), c::describe);
        if (VectorSupport.AVAILABLE) {
            String code = c.generatedClasses();
            org.junit.jupiter.api.Assertions.assertTrue(code.contains("FusedFloatLoop") && code.contains("TANH"), code);
        }
        List<Array> args = List.of(a, b, x);
        BufferAssertions.assertWithinUlps(BufferAssertions.reference(j, args), c.run(BufferAssertions.buffers(args)), 2);
        CompiledJaxpr exact = checkExact(j, a, b, x);
        assertEquals(0, exact.vectorGroupCount(), "tanh is approximate on the vector path, so the exact compile keeps it tiled");
    }

    @Test
    void vectorTranscendentalsStayWithin2Ulp() {
        Random r = new Random(2);
        Array x = randomF32(r, -20, 20, 70_001);
        Array pos = randomF32(r, 1e-6, 1e6, 70_001);
        for (var f : List.<org.jaxpresso.Fn1>of(Lax::tanh, Lax::exp)) {
            ClosedJaxpr j = Jax.makeJaxpr(v -> f.apply(Jnp.multiply(v, 1.0f)), x);
            BufferAssertions.assertWithinUlps(BufferAssertions.reference(j, List.of(x)), CompiledJaxpr.compile(j).run(BufferAssertions.buffers(List.of(x))), 2);
        }
        ClosedJaxpr j = Jax.makeJaxpr(v -> Lax.log(Jnp.multiply(v, 1.0f)), pos);
        BufferAssertions.assertWithinUlps(BufferAssertions.reference(j, List.of(pos)), CompiledJaxpr.compile(j).run(BufferAssertions.buffers(List.of(pos))), 2);
    }

    @Test
    void exactFloatOpsOnTheVectorPathAreBitIdentical() {
        Random r = new Random(3);
        Array x = randomF32(r, -3, 3, 200, 331);
        Array y = randomF32(r, -3, 3, 200, 331);
        Array z = randomF32(r, -3, 3, 200, 331);
        ClosedJaxpr j = Jax.makeJaxpr((p, q, s) -> Lax.sqrt(Lax.abs(Jnp.subtract(Jnp.multiply(Jnp.add(p, q), s),
                Jnp.divide(Lax.max(p, Lax.neg(q)), Lax.min(s, Lax.square(p)))))), x, y, z);
        CompiledJaxpr c = checkExact(j, x, y, z);
        assertEquals(1, c.fusedGroupCount(), c::describe);
        if (VectorSupport.AVAILABLE) assertEquals(1, c.vectorGroupCount(), c::describe);
    }

    @Test
    void broadcastElementwiseAndTrailingSumFuseIntoOneParallelLoop() {
        Random r = new Random(4);
        Array x = randomF32(r, -1, 1, 300, 257);
        Array w = randomF32(r, -1, 1, 257);
        ClosedJaxpr j = Jax.makeJaxpr((p, q) -> Jnp.sum(Jnp.multiply(Lax.exp(p), q), 1), x, w);
        CompiledJaxpr c = checkExact(j, x, w);
        assertEquals(1, c.fusedGroupCount(), c::describe);
        assertTrue(c.describe().contains("reduce_sum"), c::describe);
    }

    @Test
    void reductionsOverLeadingAxesAndOfEveryMonoidMatch() {
        Random r = new Random(5);
        Array x = randomF32(r, -2, 2, 64, 40, 24);
        Array k = randomI32(r, 1000, 64, 40, 24);
        for (Reduce.Op op : List.of(Reduce.Op.SUM, Reduce.Op.MAX, Reduce.Op.MIN, Reduce.Op.PROD)) {
            ClosedJaxpr j = Jax.makeJaxpr(p -> Jnp.sum(p, 0), x);
            checkExact(j, x);
            ClosedJaxpr ji = Jax.makeJaxpr(p -> reduce(op, Jnp.add(p, 1), new int[] {0, 2}), k);
            checkExact(ji, k);
            ClosedJaxpr jf = Jax.makeJaxpr(p -> reduce(op, Lax.sin(p), new int[] {1}), x);
            checkExact(jf, x);
        }
    }

    private static Array reduce(Reduce.Op op, Array x, int[] axes) {
        return switch (op) {
            case SUM -> Jnp.sum(x, axes);
            case MAX -> Jnp.max(x, axes);
            case MIN -> Jnp.min(x, axes);
            case PROD -> Jnp.prod(x, axes);
            case AND, OR -> throw new IllegalArgumentException();
        };
    }

    @Test
    void transposesReshapesSlicesAndRevsAreIndexArithmetic() {
        Random r = new Random(6);
        Array x = randomF32(r, -1, 1, 48, 64);
        Array y = randomF32(r, -1, 1, 64, 48);
        ClosedJaxpr j = Jax.makeJaxpr((p, q) -> {
            Array t = Lax.transpose(Lax.cos(p), 1, 0);
            Array s = Lax.reshape(Lax.rev(Jnp.multiply(t, q), 0), 32, 2, 48);
            Array sl = Lax.slice(s, new int[] {1, 0, 3}, new int[] {31, 2, 45}, new int[] {2, 1, 3});
            Array io = Lax.broadcastedIota(DType.FLOAT32, new int[] {15, 2, 14}, 2);
            return Jnp.add(sl, io);
        }, x, y);
        CompiledJaxpr c = checkExact(j, x, y);
        assertEquals(1, c.fusedGroupCount(), c::describe);
    }

    @Test
    void integerBoolSelectClampAndConvertMatch() {
        Random r = new Random(7);
        Array i = randomI32(r, 50_000, 70_000);
        Array k = randomI32(r, 7, 70_000);
        Array f = randomF32(r, -1e10, 1e10, 70_000);
        ClosedJaxpr j = Jax.makeJaxpr((p, q, s) -> {
            Array quotient = Lax.div(Lax.mul(p, p), q);
            Array rem = Lax.rem(p, q);
            Array pick = Lax.selectN(Lax.lt(quotient, rem), Lax.bitwiseXor(quotient, rem), Lax.convertElementType(s, DType.INT32));
            Array clamped = Lax.clamp(Jnp.array(-9), Lax.integerPow(Lax.sign(pick), 3), Jnp.array(9));
            return Jnp.add(Lax.convertElementType(clamped, DType.FLOAT32), Lax.convertElementType(Lax.isFinite(s), DType.FLOAT32));
        }, i, k, f);
        checkExact(j, i, k, f);
    }

    @Test
    void nonFusibleEquationsRunBetweenGroups() {
        Random r = new Random(8);
        Array x = randomF32(r, -1, 1, 40, 30);
        Array w = randomF32(r, -1, 1, 30, 20);
        ClosedJaxpr j = Jax.makeJaxpr((p, q) -> Lax.tanh(Jnp.add(Jnp.matmul(Lax.exp(p), q), 1.0f)), x, w);
        // Non-fused equations run on the current backend, whose GEMM sums float32 in another
        // order than the reference; with the reference as backend the whole run must be exact.
        org.jaxpresso.backend.Backend before = org.jaxpresso.backend.Backends.current();
        CompiledJaxpr c;
        try {
            org.jaxpresso.backend.Backends.setCurrent(new org.jaxpresso.backend.cpu.CpuInterpreter());
            c = checkExact(j, x, w);
        } finally {
            org.jaxpresso.backend.Backends.setCurrent(before);
        }
        assertEquals(2, c.fusedGroupCount(), c::describe);
        assertTrue(c.describe().contains("kernel dot_general"), c::describe);
    }

    @Test
    void aValueUsedTwiceIsComputedOnce() {
        Random r = new Random(9);
        Array x = randomF32(r, -1, 1, 1000);
        ClosedJaxpr j = Jax.makeJaxpr(p -> {
            Array e = Lax.exp(p);
            return Jnp.add(Jnp.multiply(e, e), Lax.broadcastInDim(Jnp.sum(e), new int[] {1000}, new int[0]));
        }, x);
        CompiledJaxpr c = checkExact(j, x);
        assertEquals(3, c.fusedGroupCount(), c::describe);
    }
}
