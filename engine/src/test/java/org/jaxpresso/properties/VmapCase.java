package org.jaxpresso.properties;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.jaxpresso.Array;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;
import org.jaxpresso.VmapOption;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.testkit.RandomArrays;
import org.jaxpresso.testkit.RandomProgram;
import org.jaxpresso.testkit.RandomProgram.Operand;
import org.jaxpresso.testkit.RandomProgram.Ref;
import org.jaxpresso.testkit.RandomProgram.Step;
import org.jaxpresso.testkit.RandomPrograms;
import org.jaxpresso.testkit.Stacking;

/**
 * One generated vmap test case: a {@link RandomProgram} wrapped in 1–3 levels of {@code Jax.vmap}
 * (level 1 innermost), each with its own size (1–4), in axes, out axes and optional
 * {@code axisSize}, and batched inputs built by stacking random examples.
 *
 * <p>At each level every program input is {@link Mode#MAPPED} along a (possibly negative) axis,
 * {@link Mode#NONE} ({@code in_axes=None}) or {@link Mode#CLOSED}: not an argument of that
 * level's vmapped function, which closes over it instead — a concrete array at the outermost
 * level, a tracer of the enclosing vmap below. Both NONE and CLOSED mean the same value for every
 * example. At least one input is mapped at every level. An output gets out axis {@code null} only
 * when it does not depend on an input mapped at that level (dependencies follow the program's
 * data flow).
 *
 * <p>{@link #expected()} is vmap's definition, evaluated without vmap: take example {@code b} of
 * every mapped input ({@link Stacking#take}), compute the level below for it (the plain program
 * at the bottom, run eagerly), and stack the examples' outputs along the out axis.
 */
final class VmapCase {
    enum Mode { MAPPED, NONE, CLOSED }

    /** How one input is passed at one level; {@code axis} is as given to vmap, {@code normalized} is in [0, rank). */
    record ArgMode(Mode mode, int axis, int normalized) {
        @Override
        public String toString() {
            return switch (mode) {
                case MAPPED -> Integer.toString(axis);
                case NONE -> "None";
                case CLOSED -> "closed";
            };
        }
    }

    /** One vmap: size, each input's mode, each output's out axis (null = None), whether axisSize is passed. */
    record Level(int size, List<ArgMode> args, List<Integer> outAxes, boolean passAxisSize, boolean outAxesAsOneInt, boolean fixedArity) {
        @Override
        public String toString() {
            return "vmap(size=" + size + ", in_axes=" + args + ", out_axes=" + (outAxesAsOneInt ? outAxes.getFirst() : outAxes)
                    + (passAxisSize ? ", axis_size=" + size : "") + (fixedArity ? ", as Fn1/Fn2/Fn3 returning the one output" : "") + ")";
        }
    }

    final long seed;
    final RandomProgram program;
    /** levels.get(0) is the innermost vmap. */
    final List<Level> levels = new ArrayList<>();
    /** The outermost function's inputs, one per program input (closed ones included). */
    final List<Array> inputs;

    /**
     * @param closedChance one in this many input modes is {@link Mode#CLOSED} (0: never)
     */
    VmapCase(long seed, int minLevels, int maxLevels, int closedChance) {
        this.seed = seed;
        this.program = seed % 3 == 0 ? RandomPrograms.generate(seed) : RandomPrograms.generateExtended(seed);
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + 11);
        int n = program.inputs().size();
        List<BitSet> deps = outputDependencies(program);
        int[] argRank = program.inAvals().stream().mapToInt(ShapedArray::rank).toArray();
        int[] outRank = program.outAvals().stream().mapToInt(ShapedArray::rank).toArray();
        int nLevels = minLevels + rnd.nextInt(maxLevels - minLevels + 1);
        for (int k = 0; k < nLevels; k++) {
            int size = 1 + rnd.nextInt(4);
            Mode[] modes = new Mode[n];
            for (int i = 0; i < n; i++) {
                int r = rnd.nextInt(12);
                modes[i] = closedChance > 0 && rnd.nextInt(closedChance) == 0 ? Mode.CLOSED : r < 3 ? Mode.NONE : Mode.MAPPED;
            }
            if (java.util.Arrays.stream(modes).noneMatch(m -> m == Mode.MAPPED)) modes[rnd.nextInt(n)] = Mode.MAPPED;
            List<ArgMode> args = new ArrayList<>();
            BitSet mapped = new BitSet();
            for (int i = 0; i < n; i++) {
                if (modes[i] != Mode.MAPPED) {
                    args.add(new ArgMode(modes[i], 0, 0));
                    continue;
                }
                int rank = argRank[i] + 1;
                int axis = rnd.nextInt(rank);
                args.add(new ArgMode(Mode.MAPPED, rnd.nextInt(3) == 0 ? axis - rank : axis, axis));
                argRank[i] = rank;
                mapped.set(i);
            }
            List<Integer> outAxes = new ArrayList<>();
            boolean oneInt = rnd.nextInt(4) == 0;
            int shared = rnd.nextInt(1 + java.util.Arrays.stream(outRank).min().orElse(0));
            for (int j = 0; j < outRank.length; j++) {
                boolean batched = deps.get(j).intersects(mapped);
                int rank = outRank[j] + 1;
                Integer axis;
                if (oneInt) {
                    axis = shared;
                } else if (!batched && rnd.nextBoolean()) {
                    axis = null;
                } else {
                    int a = rnd.nextInt(rank);
                    axis = rnd.nextInt(3) == 0 ? a - rank : a;
                }
                outAxes.add(axis);
                if (axis != null) outRank[j] = rank;
            }
            long passedCount = args.stream().filter(a -> a.mode() != Mode.CLOSED).count();
            boolean fixedArity = outRank.length == 1 && passedCount <= 3 && rnd.nextBoolean();
            levels.add(new Level(size, args, outAxes, rnd.nextInt(4) == 0, oneInt, fixedArity));
        }
        List<Array> in = new ArrayList<>();
        for (int i = 0; i < n; i++) in.add(stackedInput(i, nLevels, rnd));
        this.inputs = List.copyOf(in);
    }

    /** Input {@code i} at level {@code k}: its examples of level {@code k - 1} stacked, when mapped there. */
    private Array stackedInput(int i, int k, Random rnd) {
        if (k == 0) return RandomArrays.of(program.inAvals().get(i), rnd);
        Level level = levels.get(k - 1);
        ArgMode m = level.args().get(i);
        if (m.mode() != Mode.MAPPED) return stackedInput(i, k - 1, rnd);
        List<Array> examples = new ArrayList<>();
        for (int b = 0; b < level.size(); b++) examples.add(stackedInput(i, k - 1, rnd));
        return Stacking.stack(examples, m.normalized());
    }

    /** For each output, the program inputs (by position) it depends on. */
    private static List<BitSet> outputDependencies(RandomProgram p) {
        BitSet[] deps = new BitSet[p.valueCount()];
        for (int i = 0; i < p.inputs().size(); i++) {
            deps[p.inputs().get(i).value()] = new BitSet();
            deps[p.inputs().get(i).value()].set(i);
        }
        for (Step s : p.steps()) {
            BitSet d = new BitSet();
            for (Operand o : s.operands()) if (o instanceof Ref r) d.or(deps[r.value()]);
            deps[s.out()] = d;
        }
        return p.outputs().stream().map(v -> deps[v]).toList();
    }

    // ---- running it ----------------------------------------------------------------------------

    /** The nested vmaps applied to {@link #inputs}, eagerly. */
    List<Array> runVmap() { return callLevel(levels.size(), inputs.toArray(Array[]::new)); }

    /** The outermost vmapped function as a function of {@link #passedInputs()} (closed inputs are captured). */
    FnN outermost() {
        Array[] scope = inputs.toArray(Array[]::new);
        int[] passed = passed(levels.size());
        return args -> {
            Array[] s = scope.clone();
            for (int j = 0; j < passed.length; j++) s[passed[j]] = (Array) args[j];
            return callLevel(levels.size(), s);
        };
    }

    /** The inputs the outermost vmap takes as arguments. */
    List<Array> passedInputs() {
        return java.util.Arrays.stream(passed(levels.size())).mapToObj(inputs::get).toList();
    }

    private int[] passed(int k) {
        List<ArgMode> args = levels.get(k - 1).args();
        return java.util.stream.IntStream.range(0, args.size()).filter(i -> args.get(i).mode() != Mode.CLOSED).toArray();
    }

    /** Level {@code k}'s vmap of level {@code k - 1}, applied to its passed arguments from {@code scope}. */
    private List<Array> callLevel(int k, Array[] scope) {
        Level level = levels.get(k - 1);
        int[] passed = passed(k);
        FnN f = args -> {
            Array[] s = scope.clone();
            for (int j = 0; j < passed.length; j++) s[passed[j]] = (Array) args[j];
            return k == 1 ? program.apply(List.of(s)) : callLevel(k - 1, s);
        };
        Object[] inAxes = new Object[passed.length];
        for (int j = 0; j < passed.length; j++) {
            ArgMode m = level.args().get(passed[j]);
            inAxes[j] = m.mode() == Mode.MAPPED ? m.axis() : null;
        }
        List<VmapOption> options = new ArrayList<>();
        options.add(Jax.inAxes(inAxes));
        options.add(Jax.outAxes(level.outAxesAsOneInt() ? level.outAxes().getFirst() : new ArrayList<>(level.outAxes())));
        if (level.passAxisSize()) options.add(Jax.axisSize(level.size()));
        Object[] args = java.util.Arrays.stream(passed).mapToObj(i -> scope[i]).toArray();
        if (level.fixedArity()) {
            options.set(1, Jax.outAxes(level.outAxes().getFirst()));
            VmapOption[] opts = options.toArray(VmapOption[]::new);
            Array out = switch (args.length) {
                case 1 -> Jax.vmap((Array a) -> single(f.apply(a)), opts).apply((Array) args[0]);
                case 2 -> Jax.vmap((Array a, Array b) -> single(f.apply(a, b)), opts).apply((Array) args[0], (Array) args[1]);
                default -> Jax.vmap((Array a, Array b, Array c) -> single(f.apply(a, b, c)), opts)
                        .apply((Array) args[0], (Array) args[1], (Array) args[2]);
            };
            return List.of(out);
        }
        Object out = Jax.vmap(f, options.toArray(VmapOption[]::new)).apply(args);
        return ((List<?>) out).stream().map(o -> (Array) o).toList();
    }

    private static Array single(Object outputs) {
        return (Array) ((List<?>) outputs).getFirst();
    }

    /** vmap's definition, computed example by example without vmap. */
    List<Array> expected() { return expectedLevel(levels.size(), inputs.toArray(Array[]::new)); }

    private List<Array> expectedLevel(int k, Array[] scope) {
        if (k == 0) return program.apply(List.of(scope));
        Level level = levels.get(k - 1);
        List<List<Array>> perExample = new ArrayList<>();
        for (int b = 0; b < level.size(); b++) {
            Array[] s = scope.clone();
            for (int i = 0; i < s.length; i++) {
                ArgMode m = level.args().get(i);
                if (m.mode() == Mode.MAPPED) s[i] = Stacking.take(s[i], m.normalized(), b);
            }
            perExample.add(expectedLevel(k - 1, s));
        }
        List<Array> out = new ArrayList<>();
        for (int j = 0; j < level.outAxes().size(); j++) {
            Integer axis = level.outAxes().get(j);
            if (axis == null) {
                out.add(perExample.getFirst().get(j));
                continue;
            }
            int jj = j;
            List<Array> examples = perExample.stream().map(r -> r.get(jj)).toList();
            int rank = examples.getFirst().ndim() + 1;
            out.add(Stacking.stack(examples, axis < 0 ? axis + rank : axis));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("seed " + seed + "\n" + program + "\nvmaps, innermost first:\n");
        for (Level l : levels) sb.append("  ").append(l).append('\n');
        sb.append("inputs:\n");
        for (Array a : inputs) sb.append("  ").append(RandomProgramPropertiesTest.values(a)).append('\n');
        return sb.toString();
    }
}
