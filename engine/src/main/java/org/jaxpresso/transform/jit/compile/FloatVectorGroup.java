package org.jaxpresso.transform.jit.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.jaxpresso.backend.Buffer;
import org.jaxpresso.backend.Cancellation;

/**
 * Runs a float32 elementwise group ({@link FloatVectorEligibility} decides which) with a generated
 * Vector API loop ({@link FloatVectorKernels}): the whole body is evaluated in registers, one
 * vector at a time, so each input is read and the output written once. Large groups are split
 * over the cores in chunks (cancellation is checked between chunks); the last partial vector runs
 * the same loop on padded copies. {@code + - * / max min neg abs sqrt square} equal the reference
 * exactly; {@code tanh exp log} use the Vector API's approximations (within 2 ulp of the reference).
 */
final class FloatVectorGroup implements GroupExecutor {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Elements per parallel chunk: large enough to amortise the task, small enough to balance two cores. */
    private static final int CHUNK = 1 << 16;
    private static final int PARALLEL_SIZE = 1 << 16;

    private final FusedGroup group;
    private final List<LoopExpr> nodes = new ArrayList<>();
    private final boolean[] constant;
    private final FloatVectorKernels.Generated generated;

    private FloatVectorGroup(FusedGroup group) {
        this.group = group;
        flatten(group.body());
        int[][] children = new int[nodes.size()][];
        constant = new boolean[nodes.size()];
        for (int k = 0; k < nodes.size(); k++) {
            switch (nodes.get(k)) {
                case LoopExpr.Apply a -> {
                    int[] c = new int[a.args().size()];
                    for (int j = 0; j < c.length; j++) c[j] = indexOf(a.args().get(j));
                    children[k] = c;
                }
                case LoopExpr.Scalar s -> constant[k] = true;
                case LoopExpr.Load l -> constant[k] = !l.map().isContiguous();
                case LoopExpr.IotaLeaf i -> throw new IllegalStateException("iota has no vector loop");
            }
        }
        generated = FloatVectorKernels.generate(nodes, children, constant, group.sources().size(), S.length());
    }

    static GroupExecutor create(FusedGroup g) { return new FloatVectorGroup(g); }

    private void flatten(LoopExpr e) {
        if (e instanceof LoopExpr.Apply a) for (LoopExpr c : a.args()) flatten(c);
        nodes.add(e);
    }

    private int indexOf(LoopExpr e) {
        for (int k = 0; k < nodes.size(); k++) if (nodes.get(k) == e) return k;
        throw new IllegalStateException();
    }

    @Override
    public String listing() { return generated.listing(); }

    @Override
    public Buffer run(List<Buffer> sources) {
        int n = group.iteration().size();
        float[] out = new float[n];
        if (n == 0) return Buffer.wrap(out);
        float[] constants = constants(sources);
        float[][] in = new float[sources.size()][];
        for (int s = 0; s < in.length; s++) in[s] = (float[]) sources.get(s).data();
        FloatVectorKernels.FloatVectorKernel kernel = generated.kernel();
        int vlen = S.length();
        int full = n - n % vlen;
        if (full < PARALLEL_SIZE) {
            kernel.run(in, constants, out, 0, full);
        } else {
            Cancellation.Token token = Cancellation.token();
            int chunks = (full + CHUNK - 1) / CHUNK;
            IntStream.range(0, chunks).parallel().forEach(c -> {
                token.check();
                kernel.run(in, constants, out, c * CHUNK, Math.min(full, (c + 1) * CHUNK));
            });
        }
        if (full < n) tail(in, constants, out, full, n, vlen);
        return Buffer.wrap(out);
    }

    /** The last {@code n - full < vlen} elements: the same loop over zero-padded copies. */
    private void tail(float[][] in, float[] constants, float[] out, int full, int n, int vlen) {
        float[][] padded = new float[in.length][];
        for (int k = 0; k < nodes.size(); k++) {
            if (nodes.get(k) instanceof LoopExpr.Load l && !constant[k] && padded[l.source()] == null) {
                padded[l.source()] = new float[vlen];
                System.arraycopy(in[l.source()], full, padded[l.source()], 0, n - full);
            }
        }
        float[] o = new float[vlen];
        generated.kernel().run(padded, constants, o, 0, vlen);
        System.arraycopy(o, 0, out, full, n - full);
    }

    /** The value of each constant leaf (scalar literal or constant load); zero for the others. */
    private float[] constants(List<Buffer> sources) {
        float[] c = new float[nodes.size()];
        int[] at = new int[1];
        for (int k = 0; k < nodes.size(); k++) {
            switch (nodes.get(k)) {
                case LoopExpr.Scalar s -> c[k] = (float) (double) (Double) s.value();
                case LoopExpr.Load l -> {
                    if (constant[k]) {
                        l.map().offsets(0, 1, at);
                        c[k] = ((float[]) sources.get(l.source()).data())[at[0]];
                    }
                }
                case LoopExpr.Apply a -> { }
                case LoopExpr.IotaLeaf i -> { }
            }
        }
        return c;
    }
}
