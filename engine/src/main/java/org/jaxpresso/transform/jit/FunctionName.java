package org.jaxpresso.transform.jit;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * The name jit prints for a Java function, as {@code fun.__name__} is for a Python one: a method
 * reference ({@code MyModel::predict}) gives the method's name, a lambda gives {@code <lambda>},
 * an instance of a named class gives the class's simple name. The function interfaces are
 * {@code Serializable}, which is what lets a lambda tell which method it stands for.
 */
public final class FunctionName {
    private FunctionName() {}

    public static String of(Object fn) {
        try {
            Method writeReplace = fn.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            if (writeReplace.invoke(fn) instanceof SerializedLambda s) {
                String m = s.getImplMethodName();
                return m.startsWith("lambda$") ? "<lambda>" : m;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a serializable lambda: fall through to the class name
        }
        Class<?> c = fn.getClass();
        return c.isSynthetic() || c.isAnonymousClass() || c.getSimpleName().contains("$$Lambda") ? "<lambda>" : c.getSimpleName();
    }
}
