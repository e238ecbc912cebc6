package org.jaxpresso.backend.opencl;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Reduce;

/**
 * OpenCL C templates: elementwise maps, one work item per output element (operands are read
 * whole, as a scalar, or through strides from a metadata buffer); reductions over any axes, one
 * work group per output element; and batched matrix products tiled in local memory. Every kernel is called {@code jx}; the source text is
 * the program cache's key, so shapes are never baked in (they arrive as arguments).
 */
final class KernelSources {
    private KernelSources() {}

    /** How an elementwise kernel reads an operand at output index {@code i}. */
    enum Access { FULL, SCALAR, STRIDED }

    record Operand(DType dtype, Access access) {}

    /**
     * Arguments: {@code out, in0 … ink, int n, int rank, const int* meta}, where {@code meta}
     * holds the output dims then, per strided operand in order, its strides over the output dims.
     * {@code body} reads {@code a0 … ak} and assigns {@code r}.
     */
    static String elementwise(List<Operand> operands, DType out, String body) {
        StringBuilder s = new StringBuilder(prelude(out, operands.stream().map(Operand::dtype).toList()));
        s.append("__kernel void jx(__global ").append(ClTypes.name(out)).append("* out");
        for (int k = 0; k < operands.size(); k++) s.append(", __global const ").append(ClTypes.name(operands.get(k).dtype())).append("* in").append(k);
        s.append(", int n, int rank, __global const int* meta) {\n");
        s.append("    int i = get_global_id(0);\n    if (i >= n) return;\n");
        int strided = 0;
        for (int k = 0; k < operands.size(); k++) {
            Operand o = operands.get(k);
            String index = switch (o.access()) {
                case FULL -> "i";
                case SCALAR -> "0";
                case STRIDED -> "jx_offset(i, rank, meta, meta + rank * " + (1 + strided++) + ")";
            };
            s.append("    ").append(ClTypes.name(o.dtype())).append(" a").append(k).append(" = in").append(k).append('[').append(index).append("];\n");
        }
        s.append("    ").append(ClTypes.name(out)).append(" r;\n");
        s.append(body.endsWith("\n") ? body : "    " + body + "\n");
        s.append("    out[i] = r;\n}\n");
        return s.toString();
    }

    /**
     * One work group of {@code group} items per output element (a power of two): each item folds
     * a strided share of the reduced elements, then the group combines the partial results in
     * local memory. Arguments: {@code out, in, int keptRank, int reducedRank, int reducedCount,
     * const int* meta} with {@code meta = keptDims, keptStrides, reducedDims, reducedStrides}
     * (strides of the input).
     */
    static String reduce(Reduce.Op op, DType t, int group) {
        return prelude(t, List.of(t)) + """
                __kernel __attribute__((reqd_work_group_size(%4$d, 1, 1)))
                void jx(__global %1$s* out, __global const %1$s* in, int keptRank, int reducedRank, int reducedCount,
                        __global const int* meta) {
                    __local %1$s partial[%4$d];
                    int o = get_group_id(0);
                    int l = get_local_id(0);
                    int base = jx_offset(o, keptRank, meta, meta + keptRank);
                    __global const int* reduced = meta + 2 * keptRank;
                    %1$s acc = %2$s;
                    for (int j = l; j < reducedCount; j += %4$d) {
                        %1$s v = in[base + jx_offset(j, reducedRank, reduced, reduced + reducedRank)];
                        acc = %3$s;
                    }
                    partial[l] = acc;
                    barrier(CLK_LOCAL_MEM_FENCE);
                    for (int h = %4$d / 2; h > 0; h >>= 1) {
                        if (l < h) {
                            acc = partial[l];
                            %1$s v = partial[l + h];
                            partial[l] = %3$s;
                        }
                        barrier(CLK_LOCAL_MEM_FENCE);
                    }
                    if (l == 0) out[o] = partial[0];
                }
                """.formatted(ClTypes.name(t), ElementwiseRenderer.reductionIdentity(op, t),
                        ElementwiseRenderer.combine(op, t, "acc", "v"), group);
    }

    /**
     * A batch of matrix products {@code out[q, r, c] = Σ_k a[q*aBatch + r*aRow + k*aK] * b[q*bBatch + k*bK + c*bCol]},
     * blocked twice: a work group of {@code items × items} computes a square output block of
     * {@code items * per} rows and columns, staging the operands' blocks for {@code items} steps
     * of {@code k} in local memory; each work item keeps {@code per × per} sums in registers
     * (rows {@code ty + items*i}, columns {@code tx + items*j}). Each sum adds its products in
     * order of {@code k}. The range is 3-D: (column blocks × items, row blocks × items, batch).
     * Arguments: {@code out, a, b, int rows, int cols, int depth, int aRow, int aK, int bK, int bCol, int aBatch, int bBatch}.
     */
    static String dot(DType t, int items, int per) {
        String c = ClTypes.name(t);
        String step = t.isFloating() ? "s + x * y"
                : ElementwiseRenderer.binary(Binary.ADD, t, "s", "(" + ElementwiseRenderer.binary(Binary.MUL, t, "x", "y") + ")");
        return prelude(t, List.of(t)) + """
                #define T %1$s
                #define N %3$d
                #define P %4$d
                __kernel __attribute__((reqd_work_group_size(N, N, 1)))
                void jx(__global T* out, __global const T* a, __global const T* b, int rows, int cols,
                        int depth, int aRow, int aK, int bK, int bCol, int aBatch, int bBatch) {
                    __local T as[N][N * P];
                    __local T bs[N][N * P];
                    int tx = get_local_id(0), ty = get_local_id(1), q = get_global_id(2);
                    int r0 = get_group_id(1) * N * P, c0 = get_group_id(0) * N * P;
                    a += q * aBatch;
                    b += q * bBatch;
                    T acc[P][P];
                    for (int i = 0; i < P; i++) for (int j = 0; j < P; j++) acc[i][j] = (T) 0;
                    for (int k0 = 0; k0 < depth; k0 += N) {
                        for (int i = 0; i < P; i++) {
                            int r = r0 + ty + N * i, ka = k0 + tx;
                            as[tx][ty + N * i] = r < rows && ka < depth ? a[r * aRow + ka * aK] : (T) 0;
                            int col = c0 + tx + N * i, kb = k0 + ty;
                            bs[ty][tx + N * i] = col < cols && kb < depth ? b[kb * bK + col * bCol] : (T) 0;
                        }
                        barrier(CLK_LOCAL_MEM_FENCE);
                        int kn = min(N, depth - k0);
                        for (int k = 0; k < kn; k++) {
                            T ar[P], br[P];
                            for (int i = 0; i < P; i++) ar[i] = as[k][ty + N * i];
                            for (int j = 0; j < P; j++) br[j] = bs[k][tx + N * j];
                            for (int i = 0; i < P; i++) {
                                for (int j = 0; j < P; j++) {
                                    T s = acc[i][j], x = ar[i], y = br[j];
                                    acc[i][j] = %2$s;
                                }
                            }
                        }
                        barrier(CLK_LOCAL_MEM_FENCE);
                    }
                    for (int i = 0; i < P; i++) {
                        int r = r0 + ty + N * i;
                        if (r >= rows) continue;
                        for (int j = 0; j < P; j++) {
                            int col = c0 + tx + N * j;
                            if (col < cols) out[(q * rows + r) * cols + col] = acc[i][j];
                        }
                    }
                }
                """.formatted(c, step, items, per);
    }

    /**
     * The same batch of products as {@link #dot(DType, int, int)}, one work item per output
     * element looping over {@code k}: for thin products (a vector dot, a matrix-vector product,
     * vmap's batches of those), where a blocked work group would compute mostly padding. The
     * range is 1-D over {@code batch * rows * cols}; arguments as there.
     */
    static String dotPerElement(DType t) {
        String c = ClTypes.name(t);
        String step = t.isFloating() ? "s + x * y"
                : ElementwiseRenderer.binary(Binary.ADD, t, "s", "(" + ElementwiseRenderer.binary(Binary.MUL, t, "x", "y") + ")");
        return prelude(t, List.of(t)) + """
                __kernel void jx(__global %1$s* out, __global const %1$s* a, __global const %1$s* b, int rows, int cols,
                                 int depth, int aRow, int aK, int bK, int bCol, int aBatch, int bBatch) {
                    int i = get_global_id(0);   // the range is exactly batch * rows * cols
                    int q = i / (rows * cols), row = i / cols %% rows, col = i %% cols;
                    __global const %1$s* ar = a + q * aBatch + row * aRow;
                    __global const %1$s* bc = b + q * bBatch + col * bCol;
                    %1$s s = (%1$s) 0;
                    for (int k = 0; k < depth; k++) {
                        %1$s x = ar[k * aK], y = bc[k * bK];
                        s = %2$s;
                    }
                    out[i] = s;
                }
                """.formatted(c, step);
    }

    /**
     * A copy through an affine index map: {@code out[i] = in[base + Σ_d idx_d(i) * strides[d]]},
     * {@code idx} the row-major index of {@code i} in {@code dims}; strides may be negative or
     * zero (slice, rev, transpose, broadcast). Arguments: {@code out, in, int n, int rank, int base,
     * const int* meta} with {@code meta = dims, strides}.
     */
    static String gatherCopy(DType t) {
        return prelude(t, List.of(t)) + """
                __kernel void jx(__global %1$s* out, __global const %1$s* in, int n, int rank, int base, __global const int* meta) {
                    int i = get_global_id(0);
                    if (i >= n) return;
                    out[i] = in[base + jx_offset(i, rank, meta, meta + rank)];
                }
                """.formatted(ClTypes.name(t));
    }

    /**
     * The other direction: {@code out[base + Σ_d idx_d(i) * strides[d]] = in[i]}, placing one
     * operand into a region of a larger output (concatenate). Arguments as {@link #gatherCopy}.
     */
    static String scatterCopy(DType t) {
        return prelude(t, List.of(t)) + """
                __kernel void jx(__global %1$s* out, __global const %1$s* in, int n, int rank, int base, __global const int* meta) {
                    int i = get_global_id(0);
                    if (i >= n) return;
                    out[base + jx_offset(i, rank, meta, meta + rank)] = in[i];
                }
                """.formatted(ClTypes.name(t));
    }

    /** {@code out[i] = (i / stride) % size} converted to {@code t}. Arguments: {@code out, int n, int stride, int size}. */
    static String iota(DType t) {
        return prelude(t, List.of()) + """
                __kernel void jx(__global %1$s* out, int n, int stride, int size) {
                    int i = get_global_id(0);
                    if (i >= n) return;
                    out[i] = (%1$s) ((i / stride) %% size);
                }
                """.formatted(ClTypes.name(t));
    }

    private static String prelude(DType out, List<DType> in) {
        return ElementwiseRenderer.prelude(out == DType.FLOAT64 || in.contains(DType.FLOAT64));
    }
}
