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

    /**
     * JAX's {@code flatten_axes} error when {@code spec} is not a tree prefix of {@code value}
     * (0.10: one "pytree structure error" per mismatch, found as {@code tree_util.prefix_errors}
     * finds them). {@code name} is {@code "vmap in_axes"} or {@code "vmap out_axes"};
     * {@code argsTuple} says the top-level Lists stand for the tuple of positional arguments.
     */
    static String prefixError(String name, Object spec, Object value, boolean argsTuple) {
        List<String> errors = new ArrayList<>();
        prefixErrors(name, "", spec, value, argsTuple, errors);
        return name + " specification must be a tree prefix of the corresponding value; \n  Mismatch details ("
                + errors.size() + " found):\n  " + String.join("\n  ", errors);
    }

    private static void prefixErrors(String name, String path, Object spec, Object value, boolean tuple, List<String> out) {
        if (spec instanceof Integer) return;
        String specType = typeName(spec, tuple, false);
        String valueType = typeName(value, tuple, true);
        String at = "pytree structure error: %s at key path\n    " + name + path + "\n";
        if (!specType.equals(valueType)) {
            out.add(at.formatted("different types") + "At that key path, the prefix pytree " + name + " has a subtree of type\n    "
                    + specType + "\nbut at the same key path the full pytree has a subtree of different type\n    " + valueType + ".");
            return;
        }
        switch (spec) {
            case List<?> ls -> {
                List<?> lv = (List<?>) value;
                if (ls.size() != lv.size()) {
                    String ty = tuple ? "tuple" : "list";
                    out.add(at.formatted("different lengths of " + ty) + "At that key path, the prefix pytree " + name
                            + " has a subtree of type " + ty + " of length " + ls.size() + ", but the full pytree has a subtree of the same type"
                            + " but of length " + lv.size() + ".");
                    return;
                }
                for (int i = 0; i < ls.size(); i++) prefixErrors(name, path + "[" + i + "]", ls.get(i), lv.get(i), false, out);
            }
            case Map<?, ?> ms -> {
                TreeMap<Object, Object> sv = new TreeMap<>(ms);
                TreeMap<Object, Object> vv = new TreeMap<>((Map<?, ?>) value);
                if (sv.size() != vv.size()) {
                    java.util.TreeSet<Object> diff = new java.util.TreeSet<>(sv.keySet());
                    diff.addAll(vv.keySet());
                    java.util.Set<Object> both = new java.util.HashSet<>(sv.keySet());
                    both.retainAll(vv.keySet());
                    diff.removeAll(both);
                    out.add(at.formatted("different numbers of pytree children") + "At that key path, the prefix pytree " + name
                            + " has a subtree of type\n    " + specType + "\nwith " + sv.size() + " child keys\n    " + keys(sv.keySet())
                            + "\nbut at the same key path the full pytree has a subtree of the same type but with " + vv.size()
                            + " child keys\n    " + keys(vv.keySet()) + "\nso the symmetric difference on key sets is\n    " + keys(diff));
                    return;
                }
                if (!sv.keySet().equals(vv.keySet())) {
                    String a = metadata(sv.keySet());
                    String b = metadata(vv.keySet());
                    out.add(at.formatted("different pytree metadata") + "At that key path, the prefix pytree " + name
                            + " has a subtree of type\n    " + specType + "\nwith metadata\n    " + a
                            + "\nbut at the same key path the full pytree has a subtree of the same type but with metadata\n    " + b
                            + "\nso the diff in the metadata at these pytree nodes is\n    - " + a + "\n    + " + b);
                    return;
                }
                for (Object k : sv.keySet()) prefixErrors(name, path + "[" + repr(k) + "]", sv.get(k), vv.get(k), false, out);
            }
            case Record rs -> {
                for (RecordComponent c : rs.getClass().getRecordComponents()) {
                    prefixErrors(name, path + "." + c.getName(), component(rs, c), component((Record) value, c), false, out);
                }
            }
            case null, default -> { }
        }
    }

    /** Python's {@code type(x)} of a spec node, or of a value node ({@code PytreeLeaf} stands for each value leaf). */
    private static String typeName(Object x, boolean tuple, boolean valueSide) {
        if (valueSide && isLeaf(x)) return "<class 'jax._src.api_util.PytreeLeaf'>";
        return switch (x) {
            case null -> "<class 'NoneType'>";
            case List<?> l -> tuple ? "<class 'tuple'>" : "<class 'list'>";
            case Map<?, ?> m -> "<class 'dict'>";
            case Integer i -> "<class 'int'>";
            default -> "<class '" + x.getClass().getName() + "'>";
        };
    }

    private static String keys(java.util.Collection<Object> keys) {
        return String.join(" ", keys.stream().map(String::valueOf).toList());
    }

    private static String metadata(java.util.Collection<Object> keys) {
        return "[" + String.join(", ", keys.stream().map(VmapSpecs::repr).toList()) + "]";
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
            case Boolean b -> b ? "True" : "False";
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

    /** Python's {@code str} of a spec, as an f-string shows it: a top-level string prints bare. */
    static String str(Object spec, boolean asTuple) { return spec instanceof String s ? s : repr(spec, asTuple); }
}
