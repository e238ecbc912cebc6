package org.jaxpresso.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jaxpresso.Config;
import org.jaxpresso.DType;

/**
 * JAX's type promotion lattice ({@code jax._src.dtypes}): the result type of mixing dtypes is
 * their least upper bound, where Java scalars are the weak nodes {@code i*} and {@code f*}
 * that sit just above bool and just below the concrete ints and floats respectively.
 *
 * <pre>
 *   bool → i* → int32 → int64 → f* → float32 → float64
 * </pre>
 * With only these dtypes the lattice is a chain; it is written as a graph so that float16,
 * bfloat16 and unsigned ints can join it as extra edges.
 */
public final class TypePromotion {
    private TypePromotion() {}

    /** A lattice node: a concrete dtype or one of the weak Python-scalar types. */
    private enum Node { BOOL, INT_WEAK, INT32, INT64, FLOAT_WEAK, FLOAT32, FLOAT64 }

    private static final Map<Node, List<Node>> EDGES = new EnumMap<>(Node.class);
    private static final Map<Node, Set<Node>> UPPER_BOUNDS = new EnumMap<>(Node.class);

    static {
        EDGES.put(Node.BOOL, List.of(Node.INT_WEAK));
        EDGES.put(Node.INT_WEAK, List.of(Node.INT32));
        EDGES.put(Node.INT32, List.of(Node.INT64));
        EDGES.put(Node.INT64, List.of(Node.FLOAT_WEAK));
        EDGES.put(Node.FLOAT_WEAK, List.of(Node.FLOAT32));
        EDGES.put(Node.FLOAT32, List.of(Node.FLOAT64));
        EDGES.put(Node.FLOAT64, List.of());
        for (Node n : Node.values()) {
            Set<Node> up = EnumSet.noneOf(Node.class);
            List<Node> todo = new ArrayList<>(List.of(n));
            while (!todo.isEmpty()) {
                Node m = todo.removeLast();
                if (up.add(m)) todo.addAll(EDGES.get(m));
            }
            UPPER_BOUNDS.put(n, up);
        }
    }

    /** A dtype with its weak flag; the result of promotion. */
    public record Typed(DType dtype, boolean weakType) {}

    private static Node node(DType t, boolean weak) {
        return switch (t) {
            case BOOL -> Node.BOOL;
            case INT32 -> weak ? Node.INT_WEAK : Node.INT32;
            case INT64 -> weak ? Node.INT_WEAK : Node.INT64;
            case FLOAT32 -> weak ? Node.FLOAT_WEAK : Node.FLOAT32;
            case FLOAT64 -> weak ? Node.FLOAT_WEAK : Node.FLOAT64;
        };
    }

    private static Node leastUpperBound(List<Node> nodes) {
        Set<Node> common = EnumSet.allOf(Node.class);
        for (Node n : nodes) common.retainAll(UPPER_BOUNDS.get(n));
        for (Node candidate : common) {
            if (UPPER_BOUNDS.get(candidate).containsAll(common)) return candidate;
        }
        throw new IllegalStateException("promotion lattice has no join for " + nodes);
    }

    private static Typed typed(Node n) {
        Config c = Config.get();
        return switch (n) {
            case BOOL -> new Typed(DType.BOOL, false);
            case INT_WEAK -> new Typed(c.defaultInt(), true);
            case INT32 -> new Typed(DType.INT32, false);
            case INT64 -> new Typed(c.canonicalize(DType.INT64), false);
            case FLOAT_WEAK -> new Typed(c.defaultFloat(), true);
            case FLOAT32 -> new Typed(DType.FLOAT32, false);
            case FLOAT64 -> new Typed(c.canonicalize(DType.FLOAT64), false);
        };
    }

    /** {@code jnp.result_type} of the given avals, with the weak flag of the result. */
    public static Typed resultType(List<ShapedArray> avals) {
        if (avals.isEmpty()) throw new IllegalArgumentException("at least one type is needed");
        boolean allWeak = true;
        boolean allSame = true;
        for (ShapedArray a : avals) {
            allWeak &= a.weakType();
            allSame &= a.dtype() == avals.getFirst().dtype();
        }
        if (avals.size() == 1 || (allSame && !allWeak)) {
            ShapedArray a = avals.getFirst();
            DType t = Config.get().canonicalize(a.dtype());
            return new Typed(t, avals.size() == 1 && a.weakType() && t != DType.BOOL);
        }
        List<Node> nodes = new ArrayList<>();
        for (ShapedArray a : avals) nodes.add(node(a.dtype(), a.weakType() && !allWeak));
        Typed t = typed(leastUpperBound(nodes));
        return allWeak && t.dtype() != DType.BOOL ? new Typed(t.dtype(), true) : t;
    }

    /** The result dtype alone. */
    public static DType resultDtype(List<ShapedArray> avals) { return resultType(avals).dtype(); }

    /** The dtype {@code jnp} computes inexact functions ({@code sin}, {@code /}) in: float for ints and bools. */
    public static DType toInexact(DType t) { return t.isFloating() ? t : Config.get().defaultFloat(); }
}
