package org.jaxpresso.transform.batching;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.tree.PyTree;

/**
 * vmap's axis specs against pytrees: spreading an {@code inAxes}/{@code outAxes} prefix over the
 * leaves of a value, leaf key paths for messages ({@code args[0]['a'].w}), and Python's repr of a
 * spec ({@code ([0],)}).
 */
final class VmapSpecs {
    private VmapSpecs() {}

    /** One leaf of a pytree with its key path. */
    record PathLeaf(String path, Object leaf) {}

    /** Raised when a spec is not a prefix of the value's tree; the caller words the message. */
    static final class PrefixMismatch extends RuntimeException {
        PrefixMismatch() { super(null, null, false, false); }
    }

    /** The leaves of {@code tree} in {@link PyTree#flatten} order, with their key paths under {@code root}. */
    static List<PathLeaf> leaves(Object tree, String root) {
        List<PathLeaf> out = new ArrayList<>();
        walk(tree, root, out);
        return out;
    }

    private static void walk(Object tree, String path, List<PathLeaf> out) {
        if (isLeaf(tree)) {
            out.add(new PathLeaf(path, tree));
            return;
        }
        switch (tree) {
            case null -> { }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) walk(list.get(i), path + "[" + i + "]", out);
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) walk(e.getValue(), path + "[" + repr(e.getKey()) + "]", out);
            }
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) walk(component(r, c), path + "." + c.getName(), out);
            }
            default -> out.add(new PathLeaf(path, tree));
        }
    }

    private static boolean isLeaf(Object tree) {
        return tree != null && PyTree.flatten(tree).treeDef() instanceof org.jaxpresso.tree.TreeDef.Leaf;
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new JaxpressoException("Cannot read component " + c.getName() + " of " + r.getClass().getName() + ": " + e);
        }
    }

    /** The axis ({@code Integer} or null) for each leaf of {@code value}, spreading the prefix {@code spec}. */
    static List<Integer> spread(Object spec, Object value) {
        List<Integer> out = new ArrayList<>();
        spread(spec, value, out);
        return out;
    }

    private static void spread(Object spec, Object value, List<Integer> out) {
        if (spec == null || spec instanceof Integer) {
            for (int i = leaves(value, "").size(); i > 0; i--) out.add((Integer) spec);
            return;
        }
        if (isLeaf(value) || value == null) throw new PrefixMismatch();
        switch (spec) {
            case List<?> ls when value instanceof List<?> lv && ls.size() == lv.size() -> {
                for (int i = 0; i < ls.size(); i++) spread(ls.get(i), lv.get(i), out);
            }
            case Map<?, ?> ms when value instanceof Map<?, ?> mv && ms.keySet().equals(mv.keySet()) -> {
                TreeMap<Object, Object> sorted = new TreeMap<>(mv);
                for (Object k : sorted.keySet()) spread(ms.get(k), sorted.get(k), out);
            }
            case Record rs when value instanceof Record rv && rs.getClass() == rv.getClass() -> {
                for (RecordComponent c : rs.getClass().getRecordComponents()) spread(component(rs, c), component(rv, c), out);
            }
            default -> throw new PrefixMismatch();
        }
    }

    /** Whether every leaf of a spec is an Integer (null counts as None, an empty node). */
    static boolean hasIntegerLeaves(Object spec) {
        return switch (spec) {
            case null -> true;
            case Integer i -> true;
            case List<?> l -> l.stream().allMatch(VmapSpecs::hasIntegerLeaves);
            case Map<?, ?> m -> m.values().stream().allMatch(VmapSpecs::hasIntegerLeaves);
            case Record r -> {
                boolean ok = true;
                for (RecordComponent c : r.getClass().getRecordComponents()) ok &= hasIntegerLeaves(component(r, c));
                yield ok;
            }
            default -> false;
        };
    }

    /** Python's repr of a spec; {@code asTuple} prints a top-level List as a tuple, as JAX shows {@code in_axes}. */
    static String repr(Object spec, boolean asTuple) {
        return switch (spec) {
            case null -> "None";
            case String s -> "'" + s + "'";
            case List<?> l -> {
                List<String> items = l.stream().map(x -> repr(x, false)).toList();
                if (!asTuple) yield "[" + String.join(", ", items) + "]";
                yield items.size() == 1 ? "(" + items.getFirst() + ",)" : "(" + String.join(", ", items) + ")";
            }
            case Map<?, ?> m -> {
                List<String> items = new ArrayList<>();
                for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) items.add(repr(e.getKey(), false) + ": " + repr(e.getValue(), false));
                yield "{" + String.join(", ", items) + "}";
            }
            default -> spec.toString();
        };
    }

    static String repr(Object key) { return repr(key, false); }
}
