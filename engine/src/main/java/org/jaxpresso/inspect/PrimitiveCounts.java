package org.jaxpresso.inspect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;

/**
 * The multiset of primitives a jaxpr's top-level equations use, in order of first use:
 * printed as {@code slice ×3, dot_general ×3, broadcast_in_dim ×3, concatenate ×1}.
 */
public record PrimitiveCounts(Map<String, Integer> counts) {
    public PrimitiveCounts {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** The primitives of {@code jaxpr}'s equations (nested jaxprs count as their call primitive). */
    public static PrimitiveCounts of(Jaxpr jaxpr) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Eqn e : jaxpr.eqns()) counts.merge(e.primitive().primitiveName(), 1, Integer::sum);
        return new PrimitiveCounts(counts);
    }

    /** Multiset difference: what this has beyond {@code other}, keeping this one's order. */
    public PrimitiveCounts minus(PrimitiveCounts other) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((name, n) -> {
            int left = n - other.counts.getOrDefault(name, 0);
            if (left > 0) out.put(name, left);
        });
        return new PrimitiveCounts(out);
    }

    public boolean isEmpty() { return counts.isEmpty(); }

    /** {@code slice ×3, dot_general ×3}; {@code none} when empty. */
    @Override
    public String toString() {
        if (counts.isEmpty()) return "none";
        StringJoiner j = new StringJoiner(", ");
        counts.forEach((name, n) -> j.add(name + " ×" + n));
        return j.toString();
    }
}
