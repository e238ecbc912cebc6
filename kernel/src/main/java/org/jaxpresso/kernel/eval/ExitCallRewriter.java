package org.jaxpresso.kernel.eval;

import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Rewrites a cell class's calls of {@code System.exit(int)}, {@code Runtime.exit(int)} and
 * {@code Runtime.halt(int)} into calls of {@link ExitGuard} (the JDK's ClassFile API), so that
 * exiting from a cell is an error of that cell instead of the end of the kernel. Classes without
 * such calls come back unchanged (the same array).
 */
final class ExitCallRewriter {
    private static final ClassDesc GUARD = ClassDesc.of(ExitGuard.class.getName());
    private static final ClassDesc RUNTIME = ClassDesc.of("java.lang.Runtime");

    private ExitCallRewriter() {}

    static byte[] rewrite(byte[] classBytes) {
        ClassFile cf = ClassFile.of();
        var model = cf.parse(classBytes);
        boolean calls = model.methods().stream().flatMap(m -> m.code().stream())
                .flatMap(code -> code.elementStream()).anyMatch(e -> e instanceof InvokeInstruction i && isExit(i));
        if (!calls) return classBytes;
        return cf.transformClass(model, ClassTransform.transformingMethodBodies((code, element) -> {
            if (element instanceof InvokeInstruction i && isExit(i)) {
                if (i.opcode() == Opcode.INVOKESTATIC) code.invokestatic(GUARD, "exit", MethodTypeDesc.of(CD_void, CD_int));
                else code.invokestatic(GUARD, i.name().stringValue(), MethodTypeDesc.of(CD_void, RUNTIME, CD_int));
            } else {
                code.with(element);
            }
        }));
    }

    private static boolean isExit(InvokeInstruction i) {
        String owner = i.owner().asInternalName();
        String name = i.name().stringValue();
        String type = i.type().stringValue();
        if (!type.equals("(I)V")) return false;
        if (owner.equals("java/lang/System") && i.opcode() == Opcode.INVOKESTATIC) return name.equals("exit");
        return owner.equals("java/lang/Runtime") && i.opcode() == Opcode.INVOKEVIRTUAL && (name.equals("exit") || name.equals("halt"));
    }
}
