package org.jaxpresso.kernel.eval;

import java.util.Map;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Hands JShell the one {@link KernelExecutionControl} of an evaluator. */
final class KernelExecutionControlProvider implements ExecutionControlProvider {
    private final KernelExecutionControl control;

    KernelExecutionControlProvider(KernelExecutionControl control) {
        this.control = control;
    }

    @Override
    public String name() { return "jaxpresso-local"; }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }
}
