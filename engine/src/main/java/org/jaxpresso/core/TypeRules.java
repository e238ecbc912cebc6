package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jaxpresso.DType;
import org.jaxpresso.DTypeException;
import org.jaxpresso.ShapeException;

/** Checks shared by the primitives' type rules, with JAX's wording. */
public final class TypeRules {
    private TypeRules() {}

    /** Which dtypes an operand accepts, named as JAX names them in its messages. */
    public enum Accepts {
        ANY("bool, integer, floating"),
        NUMBER("integer, floating"),
        FLOAT("floating"),
        INT_OR_BOOL("bool, integer"),
        ORDERED("bool, integer, floating");

        private final String description;

        Accepts(String description) { this.description = description; }

        public boolean test(DType t) {
            return switch (this) {
                case ANY, ORDERED -> true;
                case NUMBER -> !t.isBool();
                case FLOAT -> t.isFloating();
                case INT_OR_BOOL -> !t.isFloating();
            };
        }
    }

    public static void checkArity(String name, List<ShapedArray> in, int n) {
        if (in.size() != n) {
            throw new org.jaxpresso.JaxpressoException(name + " takes " + n + " operand" + (n == 1 ? "" : "s") + ", got " + in.size() + ".");
        }
    }

    public static void checkDtype(String name, DType t, Accepts accepts) {
        if (!accepts.test(t)) {
            throw new DTypeException(name + " does not accept dtype " + t + ". Accepted dtypes are subtypes of " + accepts.description + ".");
        }
    }

    /** lax's strict dtype check: every operand has the same dtype. */
    public static DType checkSameDtypes(String name, List<ShapedArray> in) {
        DType first = in.getFirst().dtype();
        for (ShapedArray a : in) {
            if (a.dtype() != first) {
                String got = in.stream().map(x -> x.dtype().toString()).collect(Collectors.joining(", "));
                throw new DTypeException("lax." + name + " requires arguments to have the same dtypes, got " + got
                        + ". (Tip: jnp." + name + " is a similar function that does automatic type promotion on inputs).");
            }
        }
        return first;
    }

    /**
     * lax's broadcasting shape rule: rank-0 operands broadcast freely; the others must have equal
     * rank, and each dimension is equal or 1.
     */
    public static Shape broadcastShapes(String name, List<ShapedArray> in) {
        List<Shape> shapes = new ArrayList<>();
        for (ShapedArray a : in) if (a.rank() > 0) shapes.add(a.shape());
        if (shapes.isEmpty()) return Shape.SCALAR;
        int rank = shapes.getFirst().rank();
        for (Shape s : shapes) {
            if (s.rank() != rank) {
                throw new ShapeException(name + ": arrays must have same number of dimensions, got " + joined(shapes) + ".");
            }
        }
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int size = 1;
            for (Shape s : shapes) {
                int d = s.dim(i);
                if (d == 1) continue;
                if (size != 1 && size != d) {
                    throw new ShapeException(name + " got incompatible shapes for broadcasting: " + joined(shapes) + ".");
                }
                size = d;
            }
            out[i] = size;
        }
        return Shape.of(out);
    }

    static String joined(List<Shape> shapes) {
        return shapes.stream().map(Shape::toString).collect(Collectors.joining(", "));
    }

    /** Checks that {@code axes} are distinct and inside {@code [0, rank)}. */
    public static void checkAxes(String name, IntTuple axes, int rank) {
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < axes.size(); i++) {
            int a = axes.get(i);
            if (a < 0 || a >= rank) {
                throw new org.jaxpresso.AxisException(name + " axis " + a + " is out of bounds for array of rank " + rank + ".");
            }
            if (seen[a]) throw new org.jaxpresso.AxisException(name + " got duplicate axes: " + axes + ".");
            seen[a] = true;
        }
    }

    public static List<ShapedArray> one(ShapedArray a) { return List.of(a); }
}
