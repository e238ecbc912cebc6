package org.jaxpresso.properties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jaxpresso.Array;
import org.jaxpresso.Fn1;
import org.jaxpresso.Fn2;
import org.jaxpresso.Fn3;
import org.jaxpresso.FnN;
import org.jaxpresso.Jax;
import org.jaxpresso.VmapOption;
import org.jaxpresso.properties.VmapCase.ArgMode;
import org.jaxpresso.properties.VmapCase.Level;
import org.jaxpresso.properties.VmapCase.Mode;

/**
 * A {@link VmapCase} with {@code Jax.jit} inserted between its levels: position {@code 0} wraps
 * the function the innermost vmap maps (the program, {@code vmap(jit(f))}), position {@code k}
 * wraps the function vmap level {@code k + 1} maps (the vmap of level {@code k},
 * {@code vmap(jit(vmap(f)))}), and the last position wraps the outermost vmap
 * ({@code jit(vmap(f))}). Each position gets no jit, one, or two nested ones ({@link Wrap#NESTED}:
 * {@code jit(g)} where {@code g} calls {@code jit(f)}, once or twice). A jitted function closes
 * over what its level's function closes over: the level's {@link Mode#CLOSED} inputs, concrete
 * arrays at the outermost level and tracers of the enclosing vmap below it.
 *
 * <p>jit does not change what a function computes, so {@link VmapCase#expected()} (vmap's
 * definition, example by example, without vmap or jit) is the expected result.
 */
final class JitCase {
    /** What a position holds. */
    enum Wrap { NONE, JIT, NESTED, NESTED_CALLED_TWICE }

    final VmapCase base;
    /** wraps.get(k): the jit around the function vmap level k + 1 maps; the last one is around the outermost vmap. */
    final List<Wrap> wraps;

    JitCase(long seed, int minLevels, int maxLevels, int closedChance) {
        this.base = new VmapCase(seed, minLevels, maxLevels, closedChance);
        Random rnd = new Random(seed * 0x2545F4914F6CDD1DL + 7);
        List<Wrap> w = new ArrayList<>();
        for (int k = 0; k <= base.levels.size(); k++) {
            int r = rnd.nextInt(10);
            w.add(r < 4 ? Wrap.NONE : r < 7 ? Wrap.JIT : r < 9 ? Wrap.NESTED : Wrap.NESTED_CALLED_TWICE);
        }
        if (w.stream().allMatch(x -> x == Wrap.NONE)) w.set(rnd.nextInt(w.size()), Wrap.JIT);
        this.wraps = List.copyOf(w);
    }

    /** Whether position {@code k}'s jitted function closes over an input, and whether that is a tracer of an outer vmap. */
    boolean closesOverConcrete(int k) {
        int n = base.levels.size();
        int level = Math.min(k + 1, n);
        return wraps.get(k) != Wrap.NONE && level == n && hasClosed(level);
    }

    boolean closesOverTracer(int k) {
        int n = base.levels.size();
        return wraps.get(k) != Wrap.NONE && k + 1 < n && hasClosed(k + 1);
    }

    private boolean hasClosed(int level) {
        return base.levels.get(level - 1).args().stream().anyMatch(a -> a.mode() == Mode.CLOSED);
    }

    // ---- running it ----------------------------------------------------------------------------

    /** The whole composition as a function of {@link VmapCase#passedInputs()}. */
    FnN function() {
        int n = base.levels.size();
        Array[] scope = base.inputs.toArray(Array[]::new);
        int[] passed = passed(n);
        FnN outer = args -> {
            Array[] s = scope.clone();
            for (int j = 0; j < passed.length; j++) s[passed[j]] = (Array) args[j];
            return callLevel(n, s);
        };
        return wrap(outer, n, "outer");
    }

    /** The composition applied to the case's inputs, eagerly. */
    List<Array> run() {
        return asList(function().apply(base.passedInputs().toArray()));
    }

    private int[] passed(int k) {
        List<ArgMode> args = base.levels.get(k - 1).args();
        return IntStream.range(0, args.size()).filter(i -> args.get(i).mode() != Mode.CLOSED).toArray();
    }

    /** Position {@code k}'s jits around {@code f}. */
    private FnN wrap(FnN f, int k, String name) {
        return switch (wraps.get(k)) {
            case NONE -> f;
            case JIT -> Jax.jit(f, Jax.name(name + k));
            case NESTED -> {
                FnN inner = Jax.jit(f, Jax.name("inner" + k));
                yield Jax.jit((FnN) args -> inner.apply(args), Jax.name(name + k));
            }
            case NESTED_CALLED_TWICE -> {
                FnN inner = Jax.jit(f);
                yield Jax.jit((FnN) args -> {
                    inner.apply(args);
                    return inner.apply(args);
                }, Jax.name(name + k));
            }
        };
    }

    private List<Array> callLevel(int k, Array[] scope) {
        Level level = base.levels.get(k - 1);
        int[] passed = passed(k);
        FnN body = args -> {
            Array[] s = scope.clone();
            for (int j = 0; j < passed.length; j++) s[passed[j]] = (Array) args[j];
            return k == 1 ? base.program.apply(List.of(s)) : callLevel(k - 1, s);
        };
        FnN f = wrap(body, k - 1, "f");
        Object[] inAxes = new Object[passed.length];
        for (int j = 0; j < passed.length; j++) {
            ArgMode m = level.args().get(passed[j]);
            inAxes[j] = m.mode() == Mode.MAPPED ? m.axis() : null;
        }
        List<VmapOption> options = new ArrayList<>();
        options.add(Jax.inAxes(inAxes));
        options.add(Jax.outAxes(level.outAxesAsOneInt() || level.fixedArity() ? level.outAxes().getFirst() : new ArrayList<>(level.outAxes())));
        if (level.passAxisSize()) options.add(Jax.axisSize(level.size()));
        VmapOption[] opts = options.toArray(VmapOption[]::new);
        Object[] args = Arrays.stream(passed).mapToObj(i -> scope[i]).toArray();
        if (level.fixedArity()) {
            // the Fn1/Fn2/Fn3 overloads of vmap, over a function made with jit's Fn1/Fn2/Fn3 overloads
            // (NESTED as jit(jit(g)))
            Wrap w = wraps.get(k - 1);
            boolean jitted = w != Wrap.NONE;
            boolean nested = w == Wrap.NESTED || w == Wrap.NESTED_CALLED_TWICE;
            Array out = switch (args.length) {
                case 1 -> {
                    Fn1 g = a -> single(body.apply(a));
                    yield Jax.vmap(!jitted ? g : nested ? Jax.jit(Jax.jit(g)) : Jax.jit(g), opts).apply((Array) args[0]);
                }
                case 2 -> {
                    Fn2 g = (a, b) -> single(body.apply(a, b));
                    yield Jax.vmap(!jitted ? g : nested ? Jax.jit(Jax.jit(g)) : Jax.jit(g), opts).apply((Array) args[0], (Array) args[1]);
                }
                default -> {
                    Fn3 g = (a, b, c) -> single(body.apply(a, b, c));
                    yield Jax.vmap(!jitted ? g : nested ? Jax.jit(Jax.jit(g)) : Jax.jit(g), opts).apply((Array) args[0], (Array) args[1], (Array) args[2]);
                }
            };
            return List.of(out);
        }
        return asList(Jax.vmap(f, opts).apply(args));
    }

    private static Array single(Object outputs) { return (Array) ((List<?>) outputs).getFirst(); }

    static List<Array> asList(Object out) { return ((List<?>) out).stream().map(o -> (Array) o).toList(); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(base.toString()).append("jits (position k wraps the function vmap level k+1 maps; last = around the outermost vmap): ");
        return sb.append(wraps).append('\n').toString();
    }
}
