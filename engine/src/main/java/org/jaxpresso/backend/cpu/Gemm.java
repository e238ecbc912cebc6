package org.jaxpresso.backend.cpu;

import java.util.Locale;
import java.util.logging.Logger;

/**
 * Row-major GEMM {@code C = op(A) · op(B)} for float32 and float64, on the best engine available:
 * OpenBLAS ({@link OpenBlas}), else the Vector API kernel ({@link VectorGemm}, when the
 * {@code jdk.incubator.vector} module is in the boot layer), else plain Java ({@link ScalarGemm}).
 * The system property {@value #ENGINE_PROPERTY} ({@code openblas}, {@code java}, {@code vector},
 * {@code scalar}; default: the best) picks one; an unavailable choice falls back to the next.
 *
 * <p>{@code A} is {@code m × k} with leading dimension {@code lda} ({@code k × m} when
 * {@code transA}), {@code B} is {@code k × n} with {@code ldb} ({@code n × k} when
 * {@code transB}), C is {@code m × n} contiguous at {@code cOff} and is overwritten.
 */
final class Gemm {
    private Gemm() {}

    /** System property choosing the GEMM engine. */
    static final String ENGINE_PROPERTY = "jaxpresso.gemm";

    /** The engines, best first. */
    enum Engine { OPENBLAS, VECTOR, SCALAR }

    private static final Logger LOG = Logger.getLogger(Gemm.class.getName());

    /** Package-private switch for tests and benchmarks: when set, overrides the property. */
    static volatile Engine forced;

    private static final class VectorApi {
        static final boolean PRESENT = probe();

        private static boolean probe() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                LOG.fine("jdk.incubator.vector is not in the boot layer; the Java GEMM is scalar");
                return false;
            }
            try {
                Class.forName("org.jaxpresso.backend.cpu.VectorGemm", true, Gemm.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.fine("the Vector API GEMM did not load: " + e);
                return false;
            }
        }
    }

    /** Whether the Vector API kernel can run in this JVM. */
    static boolean vectorApiPresent() { return VectorApi.PRESENT; }

    /** The engine that calls run on now: the requested one, or the next available after it. */
    static Engine engine() {
        Engine wanted = forced != null ? forced : requested();
        if (wanted == Engine.OPENBLAS && !OpenBlas.available()) wanted = Engine.VECTOR;
        if (wanted == Engine.VECTOR && !vectorApiPresent()) wanted = Engine.SCALAR;
        return wanted;
    }

    private static Engine requested() {
        String p = System.getProperty(ENGINE_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "java", "vector" -> Engine.VECTOR;
            case "scalar" -> Engine.SCALAR;
            default -> Engine.OPENBLAS;
        };
    }

    static void sgemm(boolean transA, boolean transB, int m, int n, int k,
                      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff) {
        int aRs = transA ? 1 : lda;
        int aCs = transA ? lda : 1;
        int bRs = transB ? 1 : ldb;
        int bCs = transB ? ldb : 1;
        switch (engine()) {
            case OPENBLAS -> OpenBlas.sgemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff);
            case VECTOR -> VectorGemm.sgemm(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff);
            case SCALAR -> ScalarGemm.sgemm(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff);
        }
    }

    static void dgemm(boolean transA, boolean transB, int m, int n, int k,
                      double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double[] c, int cOff) {
        int aRs = transA ? 1 : lda;
        int aCs = transA ? lda : 1;
        int bRs = transB ? 1 : ldb;
        int bCs = transB ? ldb : 1;
        switch (engine()) {
            case OPENBLAS -> OpenBlas.dgemm(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff);
            case VECTOR -> VectorGemm.dgemm(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff);
            case SCALAR -> ScalarGemm.dgemm(m, n, k, a, aOff, aRs, aCs, b, bOff, bRs, bCs, c, cOff);
        }
    }
}
