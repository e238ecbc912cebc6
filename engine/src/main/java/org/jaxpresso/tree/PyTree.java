package org.jaxpresso.tree;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jaxpresso.JaxpressoException;

/**
 * Flattening and rebuilding pytrees: {@code List}, {@code Map} (keys sorted as JAX sorts dict
 * keys), {@code null}, and every record (component order, rebuilt through the canonical
 * constructor). Anything else is a leaf.
 */
public final class PyTree {
    private static final java.util.Set<Class<?>> LEAF_TYPES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private PyTree() {}

    /** Makes instances of {@code type} leaves even if it is a record (as {@code ShapeDtype} is). */
    public static void registerLeafType(Class<?> type) { LEAF_TYPES.add(type); }

    /** Leaves in order, and the structure that {@link #unflatten} rebuilds them into. */
    public record Flat(List<Object> leaves, TreeDef treeDef) {}

    public static Flat flatten(Object tree) {
        List<Object> leaves = new ArrayList<>();
        TreeDef def = flatten(tree, leaves);
        return new Flat(leaves, def);
    }

    /** Flattens function arguments as JAX flattens the {@code args} tuple. */
    public static Flat flattenArgs(List<?> args) {
        List<Object> leaves = new ArrayList<>();
        List<TreeDef> children = new ArrayList<>();
        for (Object a : args) children.add(flatten(a, leaves));
        return new Flat(leaves, new TreeDef.Tuple(children));
    }

    private static TreeDef flatten(Object tree, List<Object> leaves) {
        if (tree != null && LEAF_TYPES.contains(tree.getClass())) {
            leaves.add(tree);
            return new TreeDef.Leaf();
        }
        switch (tree) {
            case null -> {
                return new TreeDef.None();
            }
            case List<?> list -> {
                List<TreeDef> children = new ArrayList<>();
                for (Object o : list) children.add(flatten(o, leaves));
                return new TreeDef.ListNode(children);
            }
            case Map<?, ?> map -> {
                Map<Object, Object> sorted = new TreeMap<>(map);
                List<TreeDef> children = new ArrayList<>();
                for (Object v : sorted.values()) children.add(flatten(v, leaves));
                return new TreeDef.MapNode(new ArrayList<>(sorted.keySet()), children);
            }
            case Record r -> {
                List<TreeDef> children = new ArrayList<>();
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        c.getAccessor().setAccessible(true);
                        children.add(flatten(c.getAccessor().invoke(r), leaves));
                    } catch (ReflectiveOperationException e) {
                        throw new JaxpressoException("Cannot read component " + c.getName() + " of record " + r.getClass().getName()
                                + " to flatten it as a pytree: " + e, e);
                    }
                }
                return new TreeDef.RecordNode(r.getClass(), children);
            }
            default -> {
                leaves.add(tree);
                return new TreeDef.Leaf();
            }
        }
    }

    public static Object unflatten(TreeDef def, List<?> leaves) {
        if (leaves.size() != def.leafCount()) {
            throw new JaxpressoException("Tree structure " + def.structure() + " has " + def.leafCount() + " leaves, got " + leaves.size() + ".");
        }
        Iterator<?> it = leaves.iterator();
        return build(def, it);
    }

    private static Object build(TreeDef def, Iterator<?> it) {
        return switch (def) {
            case TreeDef.Leaf l -> it.next();
            case TreeDef.None n -> null;
            case TreeDef.Tuple t -> {
                List<Object> out = new ArrayList<>();
                for (TreeDef c : t.children()) out.add(build(c, it));
                yield out;
            }
            case TreeDef.ListNode l -> {
                List<Object> out = new ArrayList<>();
                for (TreeDef c : l.children()) out.add(build(c, it));
                yield out;
            }
            case TreeDef.MapNode m -> {
                Map<Object, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < m.keys().size(); i++) out.put(m.keys().get(i), build(m.children().get(i), it));
                yield out;
            }
            case TreeDef.RecordNode r -> {
                RecordComponent[] comps = r.type().getRecordComponents();
                Object[] values = new Object[comps.length];
                Class<?>[] types = new Class<?>[comps.length];
                for (int i = 0; i < comps.length; i++) {
                    values[i] = build(r.children().get(i), it);
                    types[i] = comps[i].getType();
                }
                try {
                    Constructor<?> ctor = r.type().getDeclaredConstructor(types);
                    ctor.setAccessible(true);
                    yield ctor.newInstance(values);
                } catch (ReflectiveOperationException e) {
                    throw new JaxpressoException("Cannot rebuild record " + r.type().getName() + " through its canonical constructor: " + e, e);
                }
            }
        };
    }
}
