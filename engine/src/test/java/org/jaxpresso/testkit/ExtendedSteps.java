package org.jaxpresso.testkit;

import static org.jaxpresso.testkit.RandomPrograms.MAX_DIM;
import static org.jaxpresso.testkit.RandomPrograms.MAX_INPUTS;
import static org.jaxpresso.testkit.RandomPrograms.MAX_RANK;
import static org.jaxpresso.testkit.RandomPrograms.ref;
import static org.jaxpresso.testkit.RandomPrograms.scalar;
import static org.jaxpresso.testkit.RandomPrograms.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jaxpresso.Array;
import org.jaxpresso.DType;
import org.jaxpresso.Jnp;
import org.jaxpresso.Lax;
import org.jaxpresso.core.Shape;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.testkit.RandomProgram.Const;
import org.jaxpresso.testkit.RandomProgram.Operand;

/**
 * The steps {@link RandomPrograms#generateExtended} adds to the plain generator: {@code x[idx]}
 * (gather) and {@code x.at[idx].set/add} (scatter) with an int32 index array on the leading axis,
 * {@code dynamic_update_slice} with constant or traced starts, {@code jnp.convolve} of two 1-D
 * arrays in each mode, one piece of a {@code split}, and {@code clamp} with array or scalar bounds.
 * A traced index array is clamped into {@code [-d, d-1]} first, so every index is in bounds (its
 * negative values count from the end, as in numpy). Output avals are computed here from shapes.
 */
final class ExtendedSteps {
    private final RandomPrograms g;
    private final Random rnd;

    ExtendedSteps(RandomPrograms g) {
        this.g = g;
        this.rnd = g.rnd;
    }

    boolean tryRandomStep() {
        return switch (rnd.nextInt(6)) {
            case 0 -> gather();
            case 1 -> scatter();
            case 2 -> dynamicUpdateSlice();
            case 3 -> convolve();
            case 4 -> split();
            default -> clamp();
        };
    }

    /** {@code x[idx]}: the index array's shape followed by {@code x.shape[1:]}. */
    private boolean gather() {
        int x = g.pick(a -> a.rank() > 0 && a.shape().dim(0) > 0 && a.rank() <= MAX_RANK);
        if (x < 0) return false;
        ShapedArray xa = g.values.get(x);
        Operand idx = indexArray(xa.shape().dim(0), MAX_RANK - (xa.rank() - 1));
        Shape idxShape = shapeOf(idx);
        ShapedArray out = xa.withShape(concat(idxShape, xa.shape().remove(0)));
        g.emit("gather", "x[idx]", List.of(ref(x), idx), out, o -> o.get(0).get(o.get(1)));
        return true;
    }

    /** {@code x.at[idx].set(y)} or {@code .add(y)}, {@code y} of the gathered shape or a scalar. */
    private boolean scatter() {
        int x = g.pick(a -> a.rank() > 0 && a.shape().dim(0) > 0);
        if (x < 0) return false;
        ShapedArray xa = g.values.get(x);
        Operand idx = indexArray(xa.shape().dim(0), MAX_RANK - (xa.rank() - 1));
        ShapedArray ua = rnd.nextInt(4) == 0 ? ShapedArray.scalar(xa.dtype()) : xa.withShape(concat(shapeOf(idx), xa.shape().remove(0)));
        Operand updates = g.sameAval(ua);
        boolean add = xa.dtype() != DType.BOOL && rnd.nextBoolean();
        g.emit("scatter", add ? "x.at[idx].add" : "x.at[idx].set", List.of(ref(x), idx, updates), xa,
                o -> add ? o.get(0).at(o.get(1)).add(o.get(2)) : o.get(0).at(o.get(1)).set(o.get(2)));
        return true;
    }

    /** An int32 index array of rank at most {@code maxRank} with values in {@code [-d, d-1]}. */
    private Operand indexArray(int d, int maxRank) {
        int traced = g.pick(a -> a.dtype() == DType.INT32 && a.rank() <= Math.min(2, maxRank));
        ShapedArray ia;
        Operand raw;
        if (traced >= 0 && rnd.nextBoolean()) {
            ia = g.values.get(traced);
            raw = ref(traced);
        } else {
            int rank = rnd.nextInt(Math.min(2, maxRank) + 1);
            int[] dims = new int[rank];
            for (int i = 0; i < rank; i++) dims[i] = g.randomDim();
            ia = new ShapedArray(Shape.of(dims), DType.INT32);
            if (rnd.nextBoolean() || g.inputs.size() >= MAX_INPUTS) {
                int[] v = new int[ia.shape().size()];
                for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(2 * d) - d;
                return new Const(Samples.i32(v, dims));
            }
            raw = ref(g.newInput(ia));
        }
        return ref(g.emit("clamp", "", List.of(scalar(DType.INT32, -d), raw, scalar(DType.INT32, d - 1)), ia,
                o -> Lax.clamp(o.get(0), o.get(1), o.get(2))));
    }

    private Shape shapeOf(Operand o) {
        return switch (o) {
            case RandomProgram.Ref r -> g.values.get(r.value()).shape();
            case Const c -> c.array().shape();
        };
    }

    private static Shape concat(Shape a, Shape b) {
        int[] out = new int[a.rank() + b.rank()];
        for (int i = 0; i < a.rank(); i++) out[i] = a.dim(i);
        for (int i = 0; i < b.rank(); i++) out[a.rank() + i] = b.dim(i);
        return Shape.of(out);
    }

    /** {@code lax.dynamic_update_slice(x, u, *starts)}: starts may be out of range (they are clamped) or traced. */
    private boolean dynamicUpdateSlice() {
        int x = g.pick(a -> true);
        ShapedArray xa = g.values.get(x);
        int r = xa.rank();
        int[] udims = new int[r];
        for (int i = 0; i < r; i++) udims[i] = rnd.nextInt(xa.shape().dim(i) + 1);
        List<Operand> args = new ArrayList<>(List.of(ref(x), g.sameAval(xa.withShape(Shape.of(udims)))));
        for (int i = 0; i < r; i++) {
            int traced = g.pick(a -> a.rank() == 0 && a.dtype() == DType.INT32);
            args.add(traced >= 0 && rnd.nextInt(3) == 0 ? ref(traced) : scalar(DType.INT32, rnd.nextInt(xa.shape().dim(i) + 4) - 2));
        }
        g.emit("dynamic_update_slice", "", args, xa,
                o -> Lax.dynamicUpdateSlice(o.get(0), o.get(1), o.subList(2, o.size()).toArray(Array[]::new)));
        return true;
    }

    /** {@code jnp.convolve(a, v, mode)} of two non-empty 1-D float32 arrays. */
    private boolean convolve() {
        int a = g.pick(s -> s.rank() == 1 && s.shape().dim(0) > 0 && s.dtype() == DType.FLOAT32);
        if (a < 0) return false;
        ShapedArray aa = g.values.get(a);
        int v = g.pick(s -> s.rank() == 1 && s.shape().dim(0) > 0 && s.dtype() == aa.dtype());
        int m;
        Operand vop;
        if (v >= 0 && rnd.nextBoolean()) {
            vop = ref(v);
            m = g.values.get(v).shape().dim(0);
        } else {
            m = 1 + rnd.nextInt(3);
            vop = g.sameAval(aa.withShape(Shape.of(m)));
        }
        int n = aa.shape().dim(0);
        String mode = List.of("full", "same", "valid").get(rnd.nextInt(3));
        int size = switch (mode) {
            case "full" -> n + m - 1;
            case "same" -> Math.max(n, m);
            default -> Math.max(n, m) - Math.min(n, m) + 1;
        };
        if (size > MAX_DIM) return false;
        g.emit("convolve", "mode=" + mode, List.of(ref(a), vop), aa.withShape(Shape.of(size)), o -> Jnp.convolve(o.get(0), o.get(1), mode));
        return true;
    }

    /** One piece of {@code lax.split(x, sizes, axis)}; pieces may be empty. */
    private boolean split() {
        int x = g.pick(a -> a.rank() > 0);
        if (x < 0) return false;
        ShapedArray xa = g.values.get(x);
        int axis = rnd.nextInt(xa.rank());
        int d = xa.shape().dim(axis);
        int parts = 1 + rnd.nextInt(3);
        int[] sizes = new int[parts];
        int left = d;
        for (int i = 0; i < parts - 1; i++) {
            sizes[i] = rnd.nextInt(left + 1);
            left -= sizes[i];
        }
        sizes[parts - 1] = left;
        int k = rnd.nextInt(parts);
        int[] out = xa.shape().dims();
        out[axis] = sizes[k];
        g.emit("split", "sizes=" + tuple(sizes) + " axis=" + axis + " piece=" + k, List.of(ref(x)), xa.withShape(Shape.of(out)),
                o -> Lax.split(o.getFirst(), sizes, axis).get(k));
        return true;
    }

    /** {@code lax.clamp(lo, x, hi)} with scalar or same-shape bounds (possibly {@code lo > hi}). */
    private boolean clamp() {
        int x = g.pick(a -> a.dtype() != DType.BOOL);
        if (x < 0) return false;
        ShapedArray xa = g.values.get(x);
        Operand lo = bound(xa, -1);
        Operand hi = bound(xa, 1);
        g.emit("clamp", "", List.of(lo, ref(x), hi), xa, o -> Lax.clamp(o.get(0), o.get(1), o.get(2)));
        return true;
    }

    private Operand bound(ShapedArray xa, int sign) {
        int choice = rnd.nextInt(3);
        if (choice == 0) return scalar(xa.dtype(), sign * rnd.nextInt(3));
        if (choice == 1) {
            int s = g.pick(a -> a.rank() == 0 && a.dtype() == xa.dtype());
            if (s >= 0) return ref(s);
        }
        return g.sameAval(xa);
    }
}
