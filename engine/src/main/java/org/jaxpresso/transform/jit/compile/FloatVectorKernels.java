package org.jaxpresso.transform.jit.compile;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.ConvertElementType;
import org.jaxpresso.core.Unary;

/**
 * Bytecode for a float32 elementwise group, made with the JDK's ClassFile API: one hidden class per
 * group whose {@link FloatVectorKernel#run} is a single Vector API loop that evaluates the whole
 * body in registers, vector by vector (loads from the sources, constants broadcast once before the
 * loop, one store of the root). Compared with running one vector loop per node over a tile, this
 * reads each input and writes the output exactly once, which makes the group memory-bound like a
 * copy. The generated class is printable ({@link Generated#listing}) for debug level 4.
 */
final class FloatVectorKernels {
    private FloatVectorKernels() {}

    /** The loop a generated class runs: elements {@code [from, to)}, {@code to - from} a multiple of the vector length. */
    public interface FloatVectorKernel {
        /** {@code in[s]}: source {@code s}'s data (unused for constant sources); {@code constants[k]}: node {@code k}'s value when constant. */
        void run(float[][] in, float[] constants, float[] out, int from, int to);
    }

    /** A generated kernel and its bytecode listing. */
    record Generated(FloatVectorKernel kernel, String listing) {}

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ClassDesc CD_FLOAT_VECTOR = ClassDesc.of("jdk.incubator.vector.FloatVector");
    private static final ClassDesc CD_VECTOR = ClassDesc.of("jdk.incubator.vector.Vector");
    private static final ClassDesc CD_SPECIES = ClassDesc.of("jdk.incubator.vector.VectorSpecies");
    private static final ClassDesc CD_OPERATORS = ClassDesc.of("jdk.incubator.vector.VectorOperators");
    private static final ClassDesc CD_UNARY_OP = ClassDesc.of("jdk.incubator.vector.VectorOperators$Unary");
    private static final ClassDesc CD_KERNEL = ClassDesc.of(FloatVectorKernel.class.getName());
    private static final MethodTypeDesc MTD_RUN = MethodTypeDesc.of(CD_void, CD_float.arrayType(2), CD_float.arrayType(), CD_float.arrayType(), CD_int, CD_int);
    private static final MethodTypeDesc MTD_BINARY = MethodTypeDesc.of(CD_FLOAT_VECTOR, CD_VECTOR);
    private static final MethodTypeDesc MTD_UNARY = MethodTypeDesc.of(CD_FLOAT_VECTOR);

    // Local slots of run: 0 this, 1 in, 2 constants, 3 out, 4 from, 5 to, then i, then one per source and node.
    private static final int IN = 1;
    private static final int CONSTANTS = 2;
    private static final int OUT = 3;
    private static final int FROM = 4;
    private static final int TO = 5;
    private static final int I = 6;

    /**
     * Generates the kernel of {@code nodes} (a body in post order, the root last; {@code children}
     * indexes into it; {@code constant} marks the leaves whose value comes from {@code constants}).
     */
    static Generated generate(List<LoopExpr> nodes, int[][] children, boolean[] constant, int sourceCount, int vectorLength) {
        ClassDesc self = ClassDesc.of(FloatVectorKernels.class.getPackageName() + ".FusedFloatLoop" + COUNT.incrementAndGet());
        byte[] bytes = ClassFile.of().build(self, cb -> {
            cb.withFlags(AccessFlag.FINAL, AccessFlag.SYNTHETIC);
            cb.withInterfaceSymbols(CD_KERNEL);
            cb.withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC, code -> code.aload(0)
                    .invokespecial(CD_Object, INIT_NAME, MTD_void).return_());
            cb.withMethodBody("run", MTD_RUN, ClassFile.ACC_PUBLIC, code -> body(code, nodes, children, constant, sourceCount, vectorLength));
        });
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            FloatVectorKernel k = (FloatVectorKernel) lookup.findConstructor(lookup.lookupClass(), java.lang.invoke.MethodType.methodType(void.class)).invoke();
            return new Generated(k, ClassFile.of().parse(bytes).toDebugString());
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define the generated fused loop", e);
        }
    }

    private static void body(CodeBuilder code, List<LoopExpr> nodes, int[][] children, boolean[] constant, int sourceCount, int vlen) {
        int sourceSlot = I + 1;
        int nodeSlot = sourceSlot + sourceCount;
        // Sources as locals, constants broadcast once.
        for (int s = 0; s < sourceCount; s++) code.aload(IN).loadConstant(s).aaload().astore(sourceSlot + s);
        Map<LoopExpr, Integer> first = new IdentityHashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            first.putIfAbsent(nodes.get(k), k);
            if (constant[k]) {
                species(code);
                code.aload(CONSTANTS).loadConstant(k).faload()
                        .invokestatic(CD_FLOAT_VECTOR, "broadcast", MethodTypeDesc.of(CD_FLOAT_VECTOR, CD_SPECIES, CD_float))
                        .astore(nodeSlot + k);
            }
        }
        Label head = code.newLabel();
        Label end = code.newLabel();
        code.iload(FROM).istore(I);
        code.labelBinding(head);
        code.iload(I).iload(TO).if_icmpge(end);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) if (first.get(nodes.get(k)) == k) order.add(k);
        for (int k : order) {
            if (constant[k]) continue;
            switch (nodes.get(k)) {
                case LoopExpr.Load l -> {
                    species(code);
                    code.aload(sourceSlot + l.source()).iload(I)
                            .invokestatic(CD_FLOAT_VECTOR, "fromArray", MethodTypeDesc.of(CD_FLOAT_VECTOR, CD_SPECIES, CD_float.arrayType(), CD_int));
                }
                case LoopExpr.Apply a -> apply(code, a, children[k], nodes, first, nodeSlot);
                case LoopExpr.Scalar s -> throw new IllegalStateException("scalar leaves are constants");
                case LoopExpr.IotaLeaf io -> throw new IllegalStateException("iota has no vector loop");
            }
            code.astore(nodeSlot + k);
        }
        code.aload(nodeSlot + nodes.size() - 1).aload(OUT).iload(I)
                .invokevirtual(CD_FLOAT_VECTOR, "intoArray", MethodTypeDesc.of(CD_void, CD_float.arrayType(), CD_int));
        code.iinc(I, vlen).goto_(head);
        code.labelBinding(end);
        code.return_();
    }

    private static void species(CodeBuilder code) {
        code.getstatic(CD_FLOAT_VECTOR, "SPECIES_PREFERRED", CD_SPECIES);
    }

    private static void apply(CodeBuilder code, LoopExpr.Apply a, int[] in, List<LoopExpr> nodes, Map<LoopExpr, Integer> first, int nodeSlot) {
        code.aload(nodeSlot + first.get(nodes.get(in[0])));
        if (a.op() instanceof ConvertElementType) return;
        if (a.op() instanceof Unary u) {
            switch (u) {
                case NEG -> code.invokevirtual(CD_FLOAT_VECTOR, "neg", MTD_UNARY);
                case ABS -> code.invokevirtual(CD_FLOAT_VECTOR, "abs", MTD_UNARY);
                case SQRT -> code.invokevirtual(CD_FLOAT_VECTOR, "sqrt", MTD_UNARY);
                case SQUARE -> code.dup().invokevirtual(CD_FLOAT_VECTOR, "mul", MTD_BINARY);
                case TANH, EXP, LOG -> code.getstatic(CD_OPERATORS, u.name(), CD_UNARY_OP)
                        .invokevirtual(CD_FLOAT_VECTOR, "lanewise", MethodTypeDesc.of(CD_FLOAT_VECTOR, CD_UNARY_OP));
                case SIGN, FLOOR, CEIL, IS_FINITE, EXP2, LOG1P, EXPM1, LOGISTIC, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH,
                     ASINH, ACOSH, ATANH, RSQRT, CBRT, NOT -> throw new IllegalStateException(u + " has no vector loop");
            }
            return;
        }
        code.aload(nodeSlot + first.get(nodes.get(in[1])));
        Binary b = (Binary) a.op();
        String method = switch (b) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MAX -> "max";
            case MIN -> "min";
            case REM, POW, ATAN2, AND, OR, XOR, EQ, NE, LT, LE, GT, GE -> throw new IllegalStateException(b + " has no vector loop");
        };
        code.invokevirtual(CD_FLOAT_VECTOR, method, MTD_BINARY);
    }
}
