package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.TypeRules.Accepts;

/**
 * {@code psum}, {@code pmax}, {@code pmin}{@code [axes=('i', 0) axis_index_groups=None]}: an
 * all-reduce over named axes (bound by enclosing vmaps) and positional axes (reduced as
 * {@code reduce_*} does). Every operand is reduced alike, one output each. Under vmap the named
 * axis of that vmap becomes a positional one; only positional axes ever reach a backend.
 *
 * @param axes each entry a {@code String} (an axis name) or an {@code Integer} (an array axis), in the order given
 */
public record Collective(Op op, List<Object> axes) implements Primitive {
    /** The reduction, and the {@link Reduce} op computing it over positional axes. */
    public enum Op {
        PSUM("psum", Reduce.Op.SUM, Accepts.NUMBER), PMAX("pmax", Reduce.Op.MAX, Accepts.ANY), PMIN("pmin", Reduce.Op.MIN, Accepts.ANY);

        final String printedName;
        private final Reduce.Op reduceOp;
        final Accepts accepts;

        Op(String printedName, Reduce.Op reduceOp, Accepts accepts) {
            this.printedName = printedName;
            this.reduceOp = reduceOp;
            this.accepts = accepts;
        }

        /** The positional reduction of the same monoid. */
        public Reduce.Op reduceOp() { return reduceOp; }
    }

    public Collective {
        for (Object a : axes) {
            if (!(a instanceof String) && !(a instanceof Integer)) {
                throw new IllegalArgumentException("collective axes are names (String) or positions (Integer), got " + a);
            }
        }
        axes = List.copyOf(axes);
    }

    /** The named axes, in order. */
    public List<String> namedAxes() {
        List<String> out = new ArrayList<>();
        for (Object a : axes) if (a instanceof String s) out.add(s);
        return out;
    }

    /** The positional axes, in order. */
    public IntTuple positionalAxes() {
        List<Integer> out = new ArrayList<>();
        for (Object a : axes) if (a instanceof Integer i) out.add(i);
        return IntTuple.of(out);
    }

    @Override
    public String primitiveName() { return op.printedName; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        for (String name : namedAxes()) AxisEnv.checkBound(name);
        IntTuple positional = positionalAxes();
        List<ShapedArray> out = new ArrayList<>(in.size());
        for (ShapedArray x : in) {
            DType t = x.dtype();
            TypeRules.checkDtype(primitiveName(), t, op.accepts);
            TypeRules.checkAxes(primitiveName(), positional, x.rank());
            int[] dims = new int[x.rank() - positional.size()];
            for (int i = 0, j = 0; i < x.rank(); i++) if (!positional.contains(i)) dims[j++] = x.shape().dim(i);
            out.add(x.withShape(Shape.of(dims)));
        }
        return out;
    }

    /** {@code axes} as Python's {@code str} of the tuple: names quoted, {@code ('i', 0)}. */
    @Override
    public List<Param> params() {
        List<String> items = new ArrayList<>(axes.size());
        for (Object a : axes) items.add(a instanceof String s ? "'" + s + "'" : a.toString());
        return List.of(Param.of("axes", PyFormat.tuple(items)), Param.of("axis_index_groups", null));
    }
}
