package org.jaxpresso.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.ShapeDtype;
import org.jaxpresso.core.ShapedArray;

/**
 * A random straight-line program over {@code Lax} calls, made by {@link RandomPrograms}. Its
 * values are numbered {@code v0, v1, …}: some are inputs, each {@link Step} defines one more.
 * {@link #apply} runs it through {@code Lax}, so it runs eagerly on concrete arrays and is traced
 * or transformed on tracers ({@link #asFn()} is the form {@code Jax.makeJaxpr} and later
 * {@code vmap}/{@code jit} take). {@link #toString()} prints it for failure messages.
 *
 * @param seed    the seed it was generated from
 * @param inputs  the input values, in argument order
 * @param steps   the definitions, in program order
 * @param outputs the value numbers returned, in order (inputs may be among them, and repeats)
 */
public record RandomProgram(long seed, List<Input> inputs, List<Step> steps, List<Integer> outputs) {
    public RandomProgram {
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        outputs = List.copyOf(outputs);
    }

    /** Input argument {@code v<value>} of this aval. */
    public record Input(int value, ShapedArray aval) {}

    /** An operand of a step: another value of the program, or a constant captured by it. */
    public sealed interface Operand permits Ref, Const {}

    /** The program value {@code v<value>}. */
    public record Ref(int value) implements Operand {
        @Override
        public String toString() { return "v" + value; }
    }

    /** A constant: a scalar prints as a literal ({@code 2.0:f32[]}), a larger one as {@code const:f32[2,3]}. */
    public record Const(Array array) implements Operand {
        @Override
        public String toString() {
            String type = array.aval().typeString();
            if (array.ndim() > 0) return "const:" + type;
            Object v = array.item();
            return (v instanceof Boolean b ? (b ? "True" : "False") : v.toString()) + ":" + type;
        }
    }

    /** One {@code Lax} call on the step's operands, in order. */
    @FunctionalInterface
    public interface LaxCall {
        Array apply(List<Array> operands);
    }

    /**
     * {@code v<out>:aval = primitive[params] operands}.
     *
     * @param aval the aval the generator predicts from its own shape arithmetic, independent of
     *             the engine's type rules
     */
    public record Step(int out, String primitive, String params, List<Operand> operands, ShapedArray aval, LaxCall call) {
        public Step {
            operands = List.copyOf(operands);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("v" + out + ":" + aval.typeString() + " = " + primitive);
            if (!params.isEmpty()) sb.append('[').append(params).append(']');
            for (Operand o : operands) sb.append(' ').append(o);
            return sb.toString();
        }
    }

    /** The number of values (inputs and step results). */
    public int valueCount() { return inputs.size() + steps.size(); }

    public List<ShapedArray> inAvals() { return inputs.stream().map(Input::aval).toList(); }

    /** The output avals as the generator predicts them. */
    public List<ShapedArray> outAvals() {
        ShapedArray[] avals = new ShapedArray[valueCount()];
        for (Input in : inputs) avals[in.value()] = in.aval();
        for (Step s : steps) avals[s.out()] = s.aval();
        return outputs.stream().map(i -> avals[i]).toList();
    }

    /** Abstract arguments for {@code Jax.makeJaxpr}, one per input. */
    public Object[] specs() {
        return inputs.stream().map(i -> (Object) new ShapeDtype(i.aval().shape(), i.aval().dtype())).toArray();
    }

    /** Runs the program on {@code args} (one per input) with {@code Lax} calls on the current trace. */
    public List<Array> apply(List<Array> args) {
        if (args.size() != inputs.size()) throw new IllegalArgumentException("program takes " + inputs.size() + " inputs, got " + args.size());
        Array[] env = new Array[valueCount()];
        for (int i = 0; i < inputs.size(); i++) env[inputs.get(i).value()] = args.get(i);
        for (Step s : steps) {
            List<Array> ops = new ArrayList<>(s.operands().size());
            for (Operand o : s.operands()) {
                ops.add(switch (o) {
                    case Ref r -> env[r.value()];
                    case Const c -> c.array();
                });
            }
            env[s.out()] = s.call().apply(ops);
        }
        List<Array> result = new ArrayList<>(outputs.size());
        for (int i : outputs) result.add(env[i]);
        return result;
    }

    /** The program as a function of its inputs returning the list of outputs (a pytree). */
    public FnN asFn() {
        return args -> apply(Arrays.stream(args).map(a -> (Array) a).toList());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("program seed=" + seed + " inputs (");
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            sb.append(i == 0 ? "" : " ").append('v').append(in.value()).append(':').append(in.aval().typeString());
        }
        sb.append(")\n");
        for (Step s : steps) sb.append("  ").append(s).append('\n');
        sb.append("  return (");
        for (int i = 0; i < outputs.size(); i++) sb.append(i == 0 ? "" : ", ").append('v').append(outputs.get(i));
        return sb.append(')').toString();
    }
}
