package org.jaxpresso.inspect;

/**
 * One aligned row of a {@link JaxprComparison}: the text of a line of each jaxpr (one line
 * each, named as that jaxpr's own printout names it), or {@code null} where the row has nothing
 * on that side, and how the two relate. The first row holds the binder lines
 * ({@code { lambda ; a:i32[5] b:f32[3]. let}), the last one the result lines
 * ({@code in (l,) }}), and the rows between them the equations.
 */
public record ComparisonRow(String left, String right, Status status) {
    /** How the two sides of a row relate. */
    public enum Status {
        /** Both sides compute the same value (equal up to renaming). */
        SAME,
        /**
         * The same primitive, params and types, applied to operands that differ only because an
         * equation upstream differs (never a different literal or input here).
         */
        SAME_OP,
        /** Different equations standing at the same place. */
        CHANGED,
        /** An equation only the left jaxpr has; {@code right} is null. */
        ONLY_LEFT,
        /** An equation only the right jaxpr has; {@code left} is null. */
        ONLY_RIGHT,
        /**
         * An equation both jaxprs have, at places the alignment could not line up (independent
         * equations in another order); one side is null, and its twin has its own MOVED row.
         */
        MOVED
    }

    public ComparisonRow {
        if (left == null && right == null) throw new IllegalArgumentException("a row needs at least one side");
    }
}
