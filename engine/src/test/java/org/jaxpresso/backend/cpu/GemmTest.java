package org.jaxpresso.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jaxpresso.DType;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.core.DotDimensionNumbers;
import org.jaxpresso.core.DotGeneral;
import org.jaxpresso.core.IntTuple;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code dot_general} through GEMM ({@link GemmDotKernel}) against the reference
 * {@link CpuInterpreter}, on every GEMM engine: GEMM sums in another order (and float32 in float),
 * so results agree within rounding, bounded relative to {@code Σ|lhs·rhs|} (the reference's
 * dot of the absolute values); on integer-valued operands, where every sum is exact, they agree
 * exactly.
 */
class GemmTest {
    private static final double RTOL_F32 = 1e-5;
    private static final double RTOL_F64 = 1e-12;
    private final CpuInterpreter reference = new CpuInterpreter();
    private final Random random = new Random(7);

    @AfterEach
    void unforce() { Gemm.forced = null; }

    private static void force(Gemm.Engine engine) {
        switch (engine) {
            case OPENBLAS -> assumeTrue(OpenBlas.available(), "no OpenBLAS on this machine");
            case VECTOR -> assumeTrue(Gemm.vectorApiPresent(), "jdk.incubator.vector not in the boot layer");
            case SCALAR -> { }
        }
        Gemm.forced = engine;
        assertEquals(engine, Gemm.engine());
    }

    /** A random dot_general: random batch/contracting/free axes, randomly permuted in each operand. */
    private record Case(Shape lhs, Shape rhs, DotDimensionNumbers dn) {}

    private Case randomCase() {
        while (true) {
            int nb = random.nextInt(3);
            int nc = 1 + random.nextInt(2);
            int nlf = random.nextInt(3);
            int nrf = random.nextInt(3);
            int[] batch = sizes(nb, 3);
            int[] contract = sizes(nc, 40);
            int[] lf = sizes(nlf, 30);
            int[] rf = sizes(nrf, 30);
            long k = prod(contract);
            long work = k * prod(lf) * prod(rf);
            if (!GemmDotKernel.worthGemm(prod(lf), prod(rf), k) || work * prod(batch) > 4_000_000) continue;
            // Roles of the lhs axes in order (0..nb batch, then contracting, then free), then permuted.
            List<Integer> lRoles = roles(nb + nc + nlf);
            List<Integer> rRoles = roles(nb + nc + nrf);
            int[] lDims = new int[lRoles.size()];
            int[] rDims = new int[rRoles.size()];
            int[] lb = new int[nb], rb = new int[nb], lc = new int[nc], rc = new int[nc];
            for (int axis = 0; axis < lDims.length; axis++) {
                int role = lRoles.get(axis);
                if (role < nb) { lDims[axis] = batch[role]; lb[role] = axis; }
                else if (role < nb + nc) { lDims[axis] = contract[role - nb]; lc[role - nb] = axis; }
                else lDims[axis] = lf[role - nb - nc];
            }
            for (int axis = 0; axis < rDims.length; axis++) {
                int role = rRoles.get(axis);
                if (role < nb) { rDims[axis] = batch[role]; rb[role] = axis; }
                else if (role < nb + nc) { rDims[axis] = contract[role - nb]; rc[role - nb] = axis; }
                else rDims[axis] = rf[role - nb - nc];
            }
            return new Case(Shape.of(lDims), Shape.of(rDims),
                    new DotDimensionNumbers(IntTuple.of(lc), IntTuple.of(rc), IntTuple.of(lb), IntTuple.of(rb)));
        }
    }

    /** Role list 0..n-1, identity half the time (GEMM's own layouts), else shuffled. */
    private List<Integer> roles(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < n; i++) r.add(i);
        if (random.nextBoolean()) Collections.shuffle(r, random);
        return r;
    }

    private int[] sizes(int count, int max) {
        int[] s = new int[count];
        for (int i = 0; i < count; i++) s[i] = random.nextInt(8) == 0 ? 1 : 1 + random.nextInt(max);
        return s;
    }

    private static long prod(int[] xs) {
        long p = 1;
        for (int x : xs) p *= x;
        return p;
    }

    private Buffer randomBuffer(DType t, int n, boolean integers) {
        if (t == DType.FLOAT32) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) v[i] = integers ? random.nextInt(9) - 4 : (float) random.nextGaussian();
            return Buffer.wrap(v);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = integers ? random.nextInt(9) - 4 : random.nextGaussian();
        return Buffer.wrap(v);
    }

    private static Buffer abs(Buffer b) {
        return switch (b.data()) {
            case float[] v -> { float[] r = new float[v.length]; for (int i = 0; i < v.length; i++) r[i] = Math.abs(v[i]); yield Buffer.wrap(r); }
            case double[] v -> { double[] r = new double[v.length]; for (int i = 0; i < v.length; i++) r[i] = Math.abs(v[i]); yield Buffer.wrap(r); }
            default -> throw new AssertionError(b.dtype());
        };
    }

    private Buffer referenceDot(DotGeneral d, Buffer l, Buffer r, List<ShapedArray> avals) {
        return reference.execute(d, List.of(l, r), avals, d.abstractEval(avals)).getFirst();
    }

    /** Runs {@code c} through FastKernels (which must take the GEMM path) and checks it against the reference. */
    private void check(Case c, DType t, boolean integers) {
        ShapedArray la = new ShapedArray(c.lhs(), t);
        ShapedArray ra = new ShapedArray(c.rhs(), t);
        List<ShapedArray> avals = List.of(la, ra);
        DotGeneral d = new DotGeneral(c.dn(), t);
        Buffer l = randomBuffer(t, c.lhs().size(), integers);
        Buffer r = randomBuffer(t, c.rhs().size(), integers);
        ShapedArray out = d.abstractEval(avals).getFirst();
        Buffer gemm = GemmDotKernel.dotGeneral(d, l, la, r, ra, out);
        assertNotNull(gemm, "GEMM path declined " + c);
        Buffer fast = FastKernels.tryExecute(d, List.of(l, r), avals, out);
        Buffer ref = referenceDot(d, l, r, avals);
        String what = c + " " + t + " on " + Gemm.engine();
        if (integers) {
            switch (ref.data()) {
                case float[] x -> { assertArrayEquals(x, (float[]) gemm.data(), what); assertArrayEquals(x, (float[]) fast.data(), what); }
                case double[] x -> { assertArrayEquals(x, (double[]) gemm.data(), what); assertArrayEquals(x, (double[]) fast.data(), what); }
                default -> throw new AssertionError(t);
            }
            return;
        }
        Buffer magnitude = referenceDot(d, abs(l), abs(r), avals);
        double rtol = t == DType.FLOAT32 ? RTOL_F32 : RTOL_F64;
        for (Buffer got : List.of(gemm, fast)) {
            assertEquals(ref.size(), got.size(), what);
            for (int i = 0; i < ref.size(); i++) {
                double want = ref.getDouble(i);
                double bound = rtol * magnitude.getDouble(i) + 1e-30;
                double err = Math.abs(got.getDouble(i) - want);
                if (!(err <= bound)) throw new AssertionError(what + ": element " + i + " is " + got.getDouble(i) + ", reference " + want + " (bound " + bound + ")");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Gemm.Engine.class)
    void randomDimensionNumbersMatchReferenceWithinRounding(Gemm.Engine engine) {
        force(engine);
        for (int trial = 0; trial < 40; trial++) {
            Case c = randomCase();
            check(c, DType.FLOAT32, false);
            check(c, DType.FLOAT64, false);
        }
    }

    @ParameterizedTest
    @EnumSource(Gemm.Engine.class)
    void integerValuedOperandsMatchReferenceExactly(Gemm.Engine engine) {
        force(engine);
        for (int trial = 0; trial < 20; trial++) {
            Case c = randomCase();
            check(c, DType.FLOAT32, true);
            check(c, DType.FLOAT64, true);
        }
    }

    private static DotDimensionNumbers dims(int[] lc, int[] rc, int[] lb, int[] rb) {
        return new DotDimensionNumbers(IntTuple.of(lc), IntTuple.of(rc), IntTuple.of(lb), IntTuple.of(rb));
    }

    @ParameterizedTest
    @EnumSource(Gemm.Engine.class)
    void namedLayoutsMatchReference(Gemm.Engine engine) {
        force(engine);
        int[] none = {};
        List<Case> cases = List.of(
                // matmul; both transposed; tile edges (sizes not multiples of the micro-tile)
                new Case(Shape.of(64, 48), Shape.of(48, 80), dims(new int[] {1}, new int[] {0}, none, none)),
                new Case(Shape.of(48, 64), Shape.of(80, 48), dims(new int[] {0}, new int[] {1}, none, none)),
                new Case(Shape.of(37, 301), Shape.of(301, 53), dims(new int[] {1}, new int[] {0}, none, none)),
                // vmap of x @ W with W unbatched: one GEMM over batch × rows
                new Case(Shape.of(5, 33, 40), Shape.of(40, 27), dims(new int[] {2}, new int[] {0}, none, none)),
                // batched matmul, batch axis not leading in the rhs (copied)
                new Case(Shape.of(3, 40, 30), Shape.of(30, 3, 25), dims(new int[] {2}, new int[] {0}, new int[] {0}, new int[] {1})),
                // matrix-vector and vector-matrix
                new Case(Shape.of(200, 100), Shape.of(100), dims(new int[] {1}, new int[] {0}, none, none)),
                new Case(Shape.of(100), Shape.of(100, 200), dims(new int[] {0}, new int[] {0}, none, none)),
                // a 1024-long contraction: float32 summation error must stay within the bound
                new Case(Shape.of(16, 1024), Shape.of(1024, 16), dims(new int[] {1}, new int[] {0}, none, none)));
        for (Case c : cases) {
            check(c, DType.FLOAT32, false);
            check(c, DType.FLOAT64, false);
            check(c, DType.FLOAT32, true);
        }
    }

    @Test
    void smallProductsAndOtherDtypesAreDeclined() {
        ShapedArray l = new ShapedArray(Shape.of(1000, 3), DType.FLOAT32);
        ShapedArray r = new ShapedArray(Shape.of(3), DType.FLOAT32);
        DotGeneral d = new DotGeneral(dims(new int[] {1}, new int[] {0}, new int[] {}, new int[] {}), DType.FLOAT32);
        ShapedArray out = d.abstractEval(List.of(l, r)).getFirst();
        assertNull(GemmDotKernel.dotGeneral(d, randomBuffer(DType.FLOAT32, 3000, false), l, randomBuffer(DType.FLOAT32, 3, false), r, out));
        ShapedArray li = new ShapedArray(Shape.of(64, 64), DType.INT32);
        DotGeneral di = new DotGeneral(dims(new int[] {1}, new int[] {0}, new int[] {}, new int[] {}), DType.INT32);
        Buffer ib = Buffer.allocate(DType.INT32, 64 * 64);
        assertNull(GemmDotKernel.dotGeneral(di, ib, li, ib, li, di.abstractEval(List.of(li, li)).getFirst()));
        assertTrue(GemmDotKernel.worthGemm(32, 32, 16));
        assertTrue(!GemmDotKernel.worthGemm(4096, 4096, 7));
    }

    @Test
    void openBlasIsFoundWhereInstalled() {
        boolean installed = java.nio.file.Files.exists(java.nio.file.Path.of("/usr/lib/x86_64-linux-gnu/libopenblas.so.0"));
        assumeTrue(installed, "no system OpenBLAS");
        assertTrue(OpenBlas.available(), "libopenblas.so.0 is installed but was not bound");
        assertTrue(OpenBlas.library().isPresent());
    }
}
