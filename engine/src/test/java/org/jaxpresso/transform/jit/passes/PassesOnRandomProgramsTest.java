package org.jaxpresso.transform.jit.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.testkit.RandomProgram;
import org.jaxpresso.testkit.RandomPrograms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every pass, and the pipeline, on {@value #SEEDS} random programs (plain and extended): the
 * result type-checks and evaluates bit-identically to the staged jaxpr. Three variants give each
 * pass something to do: the program applied twice to the same inputs (CSE must merge the second
 * copy entirely), applied to constants (folding must leave no equation), and with its first
 * outputs only (DCE must drop what only the others needed).
 */
class PassesOnRandomProgramsTest {
    static final int SEEDS = 300;

    private static UnaryOperator<ClosedJaxpr> pass(String name) {
        return switch (name) {
            case "dce" -> DeadCodeElimination::apply;
            case "cse" -> CommonSubexpressionElimination::apply;
            case "constant_folding" -> ConstantFolding::apply;
            case "pipeline" -> Pipeline::optimize;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private interface Check {
        void run(RandomProgram program, List<Array> inputs);
    }

    private static void forAllPrograms(String what, Check check) {
        List<String> failing = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            for (boolean extended : new boolean[] {false, true}) {
                RandomProgram p = extended ? RandomPrograms.generateExtended(seed) : RandomPrograms.generate(seed);
                try {
                    check.run(p, RandomPrograms.randomInputs(p, seed));
                } catch (Throwable t) {
                    failing.add((extended ? "extended " : "") + seed);
                    if (messages.size() < 3) messages.add((extended ? "extended " : "") + p + "\n" + t);
                }
            }
        }
        if (!failing.isEmpty()) fail(what + " failed for seeds " + failing + "\n" + String.join("\n\n", messages));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dce", "cse", "constant_folding", "pipeline"})
    void keepsEveryValueOfTheStagedProgram(String name) {
        UnaryOperator<ClosedJaxpr> pass = pass(name);
        forAllPrograms(name, (p, inputs) -> {
            ClosedJaxpr staged = Jax.makeJaxpr(p.asFn(), inputs.toArray());
            PassChecks.assertSameComputation(staged, pass.apply(staged), inputs);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dce", "cse", "constant_folding", "pipeline"})
    void keepsEveryValueOfAProgramRunTwice(String name) {
        UnaryOperator<ClosedJaxpr> pass = pass(name);
        forAllPrograms(name + " on a doubled program", (p, inputs) -> {
            ClosedJaxpr staged = Jax.makeJaxpr(twice(p), inputs.toArray());
            PassChecks.assertSameComputation(staged, pass.apply(staged), inputs);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dce", "cse", "constant_folding", "pipeline"})
    void keepsEveryValueOfAProgramOnConstants(String name) {
        UnaryOperator<ClosedJaxpr> pass = pass(name);
        forAllPrograms(name + " on constants", (p, inputs) -> {
            ClosedJaxpr staged = Jax.makeJaxpr(onConstants(p, inputs));
            PassChecks.assertSameComputation(staged, pass.apply(staged), List.of());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dce", "cse", "constant_folding", "pipeline"})
    void keepsEveryValueOfAProgramWithOneOutput(String name) {
        UnaryOperator<ClosedJaxpr> pass = pass(name);
        forAllPrograms(name + " with one output", (p, inputs) -> {
            ClosedJaxpr staged = Jax.makeJaxpr(firstOutput(p), inputs.toArray());
            PassChecks.assertSameComputation(staged, pass.apply(staged), inputs);
        });
    }

    @org.junit.jupiter.api.Test
    void cseMergesTheSecondCopyOfAProgramEntirely() {
        forAllPrograms("cse on a doubled program", (p, inputs) -> {
            int once = CommonSubexpressionElimination.apply(Jax.makeJaxpr(p.asFn(), inputs.toArray())).eqns().size();
            ClosedJaxpr doubled = Jax.makeJaxpr(twice(p), inputs.toArray());
            assertEquals(once, CommonSubexpressionElimination.apply(doubled).eqns().size(), "equations of the doubled program after CSE");
        });
    }

    @org.junit.jupiter.api.Test
    void foldingAProgramOnSmallConstantsLeavesNoEquation() {
        forAllPrograms("constant folding on constants", (p, inputs) -> {
            ClosedJaxpr folded = Pipeline.optimize(Jax.makeJaxpr(onConstants(p, inputs)));
            assertEquals(List.of(), folded.eqns().stream().map(Eqn::primitive).toList(), "equations left after folding\n" + folded);
        });
    }

    @org.junit.jupiter.api.Test
    void dceLeavesOnlyWhatTheFirstOutputNeeds() {
        forAllPrograms("dce with one output", (p, inputs) -> {
            ClosedJaxpr all = Jax.makeJaxpr(p.asFn(), inputs.toArray());
            ClosedJaxpr one = DeadCodeElimination.apply(Jax.makeJaxpr(firstOutput(p), inputs.toArray()));
            assertTrue(one.eqns().size() <= all.eqns().size());
            // every remaining equation feeds the output: removing any one breaks the jaxpr
            for (int i = 0; i < one.eqns().size(); i++) {
                Eqn e = one.eqns().get(i);
                boolean read = one.jaxpr().outvars().stream().anyMatch(e.outputs()::contains)
                        || one.eqns().stream().anyMatch(other -> other.inputs().stream().anyMatch(e.outputs()::contains));
                assertTrue(read, "equation " + i + " is dead after DCE:\n" + one);
            }
        });
    }

    private static FnN twice(RandomProgram p) {
        return args -> {
            List<Array> in = java.util.Arrays.stream(args).map(a -> (Array) a).toList();
            List<Array> out = new ArrayList<>(p.apply(in));
            out.addAll(p.apply(in));
            return out;
        };
    }

    private static FnN onConstants(RandomProgram p, List<Array> inputs) { return args -> p.apply(inputs); }

    private static FnN firstOutput(RandomProgram p) {
        return args -> p.apply(java.util.Arrays.stream(args).map(a -> (Array) a).toList()).getFirst();
    }
}
