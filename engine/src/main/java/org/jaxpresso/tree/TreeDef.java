package org.jaxpresso.tree;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The structure of a pytree with the leaves taken out; prints as JAX's {@code PyTreeDef}
 * ({@code PyTreeDef((*, [*, *]))}).
 */
public sealed interface TreeDef {
    /** An array or Java scalar. */
    record Leaf() implements TreeDef {}

    /** {@code null}, JAX's None: a node with no leaves. */
    record None() implements TreeDef {}

    /** The positional-argument tuple of a function. */
    record Tuple(List<TreeDef> children) implements TreeDef {}

    /** A {@code java.util.List}, JAX's list. */
    record ListNode(List<TreeDef> children) implements TreeDef {}

    /** A {@code java.util.Map} with its keys in sorted order. */
    record MapNode(List<Object> keys, List<TreeDef> children) implements TreeDef {}

    /** A record, flattened in component order. */
    record RecordNode(Class<?> type, List<TreeDef> children) implements TreeDef {}

    /** The number of leaves below this node. */
    default int leafCount() {
        return switch (this) {
            case Leaf l -> 1;
            case None n -> 0;
            case Tuple t -> t.children().stream().mapToInt(TreeDef::leafCount).sum();
            case ListNode l -> l.children().stream().mapToInt(TreeDef::leafCount).sum();
            case MapNode m -> m.children().stream().mapToInt(TreeDef::leafCount).sum();
            case RecordNode r -> r.children().stream().mapToInt(TreeDef::leafCount).sum();
        };
    }

    /** The text inside {@code PyTreeDef(…)}. */
    default String structure() {
        return switch (this) {
            case Leaf l -> "*";
            case None n -> "None";
            case Tuple t -> t.children().size() == 1 ? "(" + t.children().getFirst().structure() + ",)" : "(" + join(t.children()) + ")";
            case ListNode l -> "[" + join(l.children()) + "]";
            case MapNode m -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < m.keys().size(); i++) {
                    if (i > 0) sb.append(", ");
                    Object k = m.keys().get(i);
                    sb.append(k instanceof String s ? "'" + s + "'" : String.valueOf(k)).append(": ").append(m.children().get(i).structure());
                }
                yield sb.append('}').toString();
            }
            case RecordNode r -> r.type().getSimpleName() + "(" + join(r.children()) + ")";
        };
    }

    private static String join(List<TreeDef> children) {
        return children.stream().map(TreeDef::structure).collect(Collectors.joining(", "));
    }
}
