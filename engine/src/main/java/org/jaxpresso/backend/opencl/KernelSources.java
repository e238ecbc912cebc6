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
     * tiled: a {@code tile × tile} work group computes one output tile of one batch element,
     * staging {@code tile × tile} blocks of both operands in local memory for each step along
     * {@code k}. The range is 3-D (columns and rows rounded up to whole tiles, batch). Arguments:
     * {@code out, a, b, int rows, int cols, int depth, int aRow, int aK, int bK, int bCol, int aBatch, int bBatch}.
     */
    static String dot(DType t, int tile) {
        String c = ClTypes.name(t);
        String step = t.isFloating() ? "acc + x * y"
                : ElementwiseRenderer.binary(Binary.ADD, t, "acc", "(" + ElementwiseRenderer.binary(Binary.MUL, t, "x", "y") + ")");
        return prelude(t, List.of(t)) + """
                __kernel __attribute__((reqd_work_group_size(%3$d, %3$d, 1)))
                void jx(__global %1$s* out, __global const %1$s* a, __global const %1$s* b, int rows, int cols,
                        int depth, int aRow, int aK, int bK, int bCol, int aBatch, int bBatch) {
                    __local %1$s as[%3$d][%3$d];
                    __local %1$s bs[%3$d][%3$d];
                    int tc = get_local_id(0), tr = get_local_id(1);
                    int col = get_global_id(0), row = get_global_id(1), q = get_global_id(2);
                    a += q * aBatch;
                    b += q * bBatch;
                    %1$s acc = (%1$s) 0;
                    for (int k0 = 0; k0 < depth; k0 += %3$d) {
                        int ka = k0 + tc, kb = k0 + tr;
                        as[tr][tc] = row < rows && ka < depth ? a[row * aRow + ka * aK] : (%1$s) 0;
                        bs[tr][tc] = col < cols && kb < depth ? b[kb * bK + col * bCol] : (%1$s) 0;
                        barrier(CLK_LOCAL_MEM_FENCE);
                        int kn = min(%3$d, depth - k0);
                        for (int k = 0; k < kn; k++) {
                            %1$s x = as[tr][k];
                            %1$s y = bs[k][tc];
                            acc = %2$s;
                        }
                        barrier(CLK_LOCAL_MEM_FENCE);
                    }
                    if (row < rows && col < cols) out[(q * rows + row) * cols + col] = acc;
                }
                """.formatted(c, step, tile);
    }

    private static String prelude(DType out, List<DType> in) {
        return ElementwiseRenderer.prelude(out == DType.FLOAT64 || in.contains(DType.FLOAT64));
    }
}
