package org.jaxpresso.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's local execution engine, as the kernel needs it: cells run in the kernel's own JVM
 * (their classes are loaded by a child of the system class loader, so an {@code Array} a cell
 * returns is the kernel's {@code Array}), {@link #stop()} really stops a CPU-bound cell (the
 * base class weaves a stop check into every loop of the cell's code), and the last value and
 * the last exception are kept as objects, not only as the strings JShell passes around;
 * {@code System.exit} in a cell is an error of the cell ({@link ExitCallRewriter}), not the end
 * of the kernel.
 */
final class KernelExecutionControl extends LocalExecutionControl {
    private volatile Object lastValue;
    private volatile Throwable lastException;
    /** Nanoseconds cell code has run, summed over every invocation (for %time). */
    private final AtomicLong executionNanos = new AtomicLong();

    KernelExecutionControl(ClassLoader parent) {
        super(parent);
    }

    /** Loads the cell's classes with their exit calls {@linkplain ExitCallRewriter rewritten}. */
    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(withoutExits(classes));
    }

    /** Redefines the cell's classes (a snippet replaced), exit calls rewritten likewise. */
    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.redefine(withoutExits(classes));
    }

    private static ClassBytecodes[] withoutExits(ClassBytecodes[] classes) {
        ClassBytecodes[] out = new ClassBytecodes[classes.length];
        for (int k = 0; k < classes.length; k++) {
            out[k] = new ClassBytecodes(classes[k].name(), ExitCallRewriter.rewrite(classes[k].bytecodes()));
        }
        return out;
    }

    /** Reads a variable as JShell does, keeping the object itself for {@link #takeValue()}. */
    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
        try {
            Field field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            lastValue = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InternalException(e.toString());
        }
        return super.varValue(className, varName);
    }

    /** Keeps the exception the cell threw before JShell turns it into a string-only copy. */
    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        lastException = cause;
        return super.throwConvertedInvocationException(cause);
    }

    /** Runs a snippet's code, adding its wall time (compilation excluded) to {@link #executionNanos()}. */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        long start = System.nanoTime();
        try {
            return super.invoke(doitMethod);
        } finally {
            executionNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** The total wall time cell code has run so far, in nanoseconds. */
    long executionNanos() {
        return executionNanos.get();
    }

    /** The value read by the last {@link #varValue}, then forgets it. */
    Object takeValue() {
        Object v = lastValue;
        lastValue = null;
        return v;
    }

    /** The exception the last cell code threw (null if none), then forgets it. */
    Throwable takeException() {
        Throwable t = lastException;
        lastException = null;
        return t;
    }
}
