package org.jaxpresso.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jaxpresso.core.ClosedJaxpr;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.JaxprPrinter;
import org.jaxpresso.core.JaxprPrinter.FlatLines;
import org.jaxpresso.core.Var;
import org.jaxpresso.inspect.ComparisonRow.Status;

/**
 * Two jaxprs side by side ({@code Jax.compare}). {@link #toString()} prints two aligned columns
 * for a console; the parts are all here as data for other renderers: the {@link #rows()} (first
 * the binder lines, then the aligned equations, last the result lines), the verdict
 * {@link #sameComputation()} with its one-line explanation {@link #verdict()}, the primitive
 * multisets of each side and the labels.
 *
 * <p>Two jaxprs compute the same thing when their input types match and their outputs have
 * equal canonical keys (see {@code CanonicalKeys}): equal up to variable renaming, the order of
 * independent equations, duplicated equations and the operand order of commutative primitives.
 * Constvars are compared by position and type, not by value.
 *
 * @param verdict {@code same computation: yes}, or {@code same computation: no — } and why
 */
public record JaxprComparison(String leftLabel, String rightLabel, List<ComparisonRow> rows, boolean sameComputation,
                              String verdict, PrimitiveCounts leftPrimitives, PrimitiveCounts rightPrimitives) {
    /** The default line width of {@link #toString()}. */
    public static final int DEFAULT_WIDTH = 160;

    public JaxprComparison {
        Objects.requireNonNull(leftLabel, "leftLabel");
        Objects.requireNonNull(rightLabel, "rightLabel");
        rows = List.copyOf(rows);
    }

    public static JaxprComparison of(String leftLabel, ClosedJaxpr left, String rightLabel, ClosedJaxpr right) {
        return of(leftLabel, left.jaxpr(), rightLabel, right.jaxpr());
    }

    public static JaxprComparison of(String leftLabel, Jaxpr left, String rightLabel, Jaxpr right) {
        CanonicalKeys keys = new CanonicalKeys();
        CanonicalKeys.Keyed l = keys.keys(left);
        CanonicalKeys.Keyed r = keys.keys(right);
        FlatLines lt = JaxprPrinter.flatLines(left);
        FlatLines rt = JaxprPrinter.flatLines(right);

        boolean sameBinders = l.binders() == r.binders();
        boolean sameResults = l.results().equals(r.results());
        List<ComparisonRow> rows = new ArrayList<>();
        rows.add(new ComparisonRow(lt.binders(), rt.binders(), sameBinders ? Status.SAME : Status.CHANGED));
        for (EquationAlignment.Pair p : EquationAlignment.align(l, r)) {
            rows.add(new ComparisonRow(p.left() < 0 ? null : lt.equations().get(p.left()),
                    p.right() < 0 ? null : rt.equations().get(p.right()), p.status()));
        }
        rows.add(new ComparisonRow(lt.results(), rt.results(), sameBinders && sameResults ? Status.SAME : Status.CHANGED));

        PrimitiveCounts lp = PrimitiveCounts.of(left);
        PrimitiveCounts rp = PrimitiveCounts.of(right);
        boolean same = sameBinders && sameResults;
        return new JaxprComparison(leftLabel, rightLabel, rows, same, verdict(same, leftLabel, left, lp, rightLabel, right, rp), lp, rp);
    }

    private static String verdict(boolean same, String leftLabel, Jaxpr left, PrimitiveCounts lp, String rightLabel, Jaxpr right,
                                  PrimitiveCounts rp) {
        if (same) return "same computation: yes";
        List<String> why = new ArrayList<>();
        String lc = types(left.constvars());
        String rc = types(right.constvars());
        if (!lc.equals(rc)) why.add("consts differ: " + lc + " vs " + rc);
        String li = types(left.invars());
        String ri = types(right.invars());
        if (!li.equals(ri)) why.add("inputs differ: " + li + " vs " + ri);
        PrimitiveCounts onlyLeft = lp.minus(rp);
        PrimitiveCounts onlyRight = rp.minus(lp);
        if (!onlyLeft.isEmpty()) why.add("only in " + leftLabel + ": " + onlyLeft);
        if (!onlyRight.isEmpty()) why.add("only in " + rightLabel + ": " + onlyRight);
        if (why.isEmpty()) why.add("same primitives, different params, literals or dataflow");
        return "same computation: no — " + String.join("; ", why);
    }

    private static String types(List<Var> vars) {
        return vars.stream().map(v -> v.aval().typeString()).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The rows whose status is not {@link Status#SAME}. */
    public List<ComparisonRow> differences() { return rows.stream().filter(r -> r.status() != Status.SAME).toList(); }

    /** The two columns at {@code width} characters per line. */
    public String render(int width) { return ComparisonTextRenderer.render(this, width); }

    /** The two columns at {@link #DEFAULT_WIDTH}. */
    @Override
    public String toString() { return render(DEFAULT_WIDTH); }
}
