package org.jaxpresso.backend.cpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The system's OpenBLAS, bound through the foreign function API: {@code cblas_sgemm} and
 * {@code cblas_dgemm} on row-major Java arrays, passed to the library as heap segments (critical
 * downcalls, no copies). The library is looked up once, on first use, under the usual sonames and
 * paths (or the one named by the system property {@value #LIBRARY_PROPERTY}); when none loads, or
 * it lacks the CBLAS symbols, {@link #available()} is false and callers fall back to Java.
 *
 * <p>This is the only class that touches {@code java.lang.foreign}. Without
 * {@code --enable-native-access=ALL-UNNAMED} the JDK prints a one-time warning on first use.
 */
@SuppressWarnings("restricted") // FFM downcalls are what this class is for; the JVM flag --enable-native-access allows them
final class OpenBlas {
    private OpenBlas() {}

    /** System property naming a BLAS shared library to try before the usual ones. */
    static final String LIBRARY_PROPERTY = "jaxpresso.blas.library";

    private static final Logger LOG = Logger.getLogger(OpenBlas.class.getName());
    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    /** Sonames first (the dynamic linker's search path), then common absolute paths; the reference BLAS last. */
    private static final List<String> CANDIDATES = List.of(
            "libopenblas.so.0",
            "libopenblas.so",
            "libopenblasp-r0.so",
            "/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0",
            "/usr/lib/x86_64-linux-gnu/openblas-openmp/libopenblas.so.0",
            "/usr/lib/x86_64-linux-gnu/openblas-serial/libopenblas.so.0",
            "/usr/lib/aarch64-linux-gnu/openblas-pthread/libopenblas.so.0",
            "/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
            "/usr/lib64/libopenblas.so.0",
            "/usr/lib64/libopenblasp.so.0",
            "/usr/local/lib/libopenblas.so.0",
            "/opt/homebrew/opt/openblas/lib/libopenblas.dylib",
            "/usr/local/opt/openblas/lib/libopenblas.dylib",
            "libblas.so.3");

    private record Bound(String library, MethodHandle sgemm, MethodHandle dgemm) {}

    private static final class Holder {
        static final Optional<Bound> BOUND = bind();
    }

    /** Whether a BLAS with {@code cblas_sgemm} and {@code cblas_dgemm} was found and bound. */
    static boolean available() { return Holder.BOUND.isPresent(); }

    /** The library that was bound, or empty. */
    static Optional<String> library() { return Holder.BOUND.map(Bound::library); }

    /**
     * {@code c[cOff..] = op(a) · op(b)} for row-major {@code a} ({@code m×k}, or {@code k×m} when
     * {@code transA}) and {@code b} ({@code k×n}, or {@code n×k} when {@code transB}) with leading
     * dimensions {@code lda}, {@code ldb}; {@code c} is {@code m×n} with leading dimension {@code n}.
     */
    static void sgemm(boolean transA, boolean transB, int m, int n, int k,
                      float[] a, int aOff, int lda, float[] b, int bOff, int ldb, float[] c, int cOff) {
        MethodHandle h = Holder.BOUND.orElseThrow().sgemm();
        try {
            h.invokeExact(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, 1f,
                    slice(MemorySegment.ofArray(a), aOff * 4L), lda, slice(MemorySegment.ofArray(b), bOff * 4L), ldb, 0f,
                    slice(MemorySegment.ofArray(c), cOff * 4L), Math.max(1, n));
        } catch (Throwable t) {
            throw new IllegalStateException("cblas_sgemm failed", t);
        }
    }

    /** {@link #sgemm}'s float64 twin. */
    static void dgemm(boolean transA, boolean transB, int m, int n, int k,
                      double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double[] c, int cOff) {
        MethodHandle h = Holder.BOUND.orElseThrow().dgemm();
        try {
            h.invokeExact(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, 1d,
                    slice(MemorySegment.ofArray(a), aOff * 8L), lda, slice(MemorySegment.ofArray(b), bOff * 8L), ldb, 0d,
                    slice(MemorySegment.ofArray(c), cOff * 8L), Math.max(1, n));
        } catch (Throwable t) {
            throw new IllegalStateException("cblas_dgemm failed", t);
        }
    }

    private static MemorySegment slice(MemorySegment s, long byteOffset) {
        return byteOffset == 0 ? s : s.asSlice(byteOffset);
    }

    private static Optional<Bound> bind() {
        List<String> names = new ArrayList<>();
        String named = System.getProperty(LIBRARY_PROPERTY);
        if (named != null && !named.isBlank()) names.add(named);
        names.addAll(CANDIDATES);
        Linker linker;
        try {
            linker = Linker.nativeLinker();
        } catch (UnsupportedOperationException e) {
            LOG.log(Level.FINE, "no native linker on this platform; dot_general uses the Java GEMM", e);
            return Optional.empty();
        }
        for (String name : names) {
            if (name.startsWith("/") && !Files.exists(Path.of(name))) continue;
            try {
                SymbolLookup lookup = SymbolLookup.libraryLookup(name, Arena.global());
                Optional<MemorySegment> s = lookup.find("cblas_sgemm");
                Optional<MemorySegment> d = lookup.find("cblas_dgemm");
                if (s.isEmpty() || d.isEmpty()) {
                    LOG.fine(() -> name + " has no cblas_sgemm/cblas_dgemm");
                    continue;
                }
                Linker.Option critical = Linker.Option.critical(true);
                MethodHandle sgemm = linker.downcallHandle(s.get(), descriptor(ValueLayout.JAVA_FLOAT), critical);
                MethodHandle dgemm = linker.downcallHandle(d.get(), descriptor(ValueLayout.JAVA_DOUBLE), critical);
                LOG.fine(() -> "dot_general uses BLAS from " + name);
                return Optional.of(new Bound(name, sgemm, dgemm));
            } catch (IllegalArgumentException | IllegalCallerException | UnsupportedOperationException e) {
                LOG.log(Level.FINE, "cannot load " + name, e);
            }
        }
        LOG.fine("no OpenBLAS found; dot_general uses the Java GEMM");
        return Optional.empty();
    }

    /** {@code cblas_?gemm(order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)}. */
    private static FunctionDescriptor descriptor(ValueLayout scalar) {
        ValueLayout i = ValueLayout.JAVA_INT;
        ValueLayout p = ValueLayout.ADDRESS;
        return FunctionDescriptor.ofVoid(i, i, i, i, i, i, scalar, p, i, p, i, scalar, p, i);
    }
}
