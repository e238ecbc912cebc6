package org.jaxpresso.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.inspect.ComparisonRow.Status;

/**
 * Lines up the equations of two keyed jaxprs, diff-style. A weighted longest common
 * subsequence matches equations that compute the same value ({@link Status#SAME}, weight 3) or
 * apply the same operation to operands that differ only because something upstream differs
 * ({@link Status#SAME_OP}, weight 1; a different literal or input makes the equation itself
 * {@link Status#CHANGED}). Unmatched
 * equations whose value the other side also computes elsewhere are {@link Status#MOVED}. In each
 * gap between matches, the rest pair up as {@link Status#CHANGED}, preferring equations with the
 * same output types, then neighbours; what is left over is {@link Status#ONLY_LEFT} or
 * {@link Status#ONLY_RIGHT}.
 */
final class EquationAlignment {
    /** One aligned pair of equation indices; {@code -1} for a missing side. */
    record Pair(int left, int right, Status status) {}

    /** Beyond this many cells the weighted LCS is skipped and the middle is paired by position. */
    private static final long MAX_CELLS = 16_000_000L;
    private static final int SAME_WEIGHT = 3;
    private static final int SAME_OP_WEIGHT = 1;

    private final CanonicalKeys.Keyed l;
    private final CanonicalKeys.Keyed r;

    private EquationAlignment(CanonicalKeys.Keyed left, CanonicalKeys.Keyed right) {
        this.l = left;
        this.r = right;
    }

    static List<Pair> align(CanonicalKeys.Keyed left, CanonicalKeys.Keyed right) {
        return new EquationAlignment(left, right).pairs();
    }

    private List<Pair> pairs() {
        int n = l.equations().size();
        int m = r.equations().size();
        List<Pair> anchors = matches(n, m);
        boolean[] movedLeft = new boolean[n];
        boolean[] movedRight = new boolean[m];
        markMoved(anchors, movedLeft, movedRight);

        List<Pair> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Pair a : anchors) {
            gap(i, a.left(), j, a.right(), movedLeft, movedRight, out);
            out.add(a);
            i = a.left() + 1;
            j = a.right() + 1;
        }
        gap(i, n, j, m, movedLeft, movedRight, out);
        return out;
    }

    private int weight(int i, int j) {
        if (l.equations().get(i).equals(r.equations().get(j))) return SAME_WEIGHT;
        if (l.operations().get(i).equals(r.operations().get(j)) && differsOnlyUpstream(l.operands().get(i), r.operands().get(j))) {
            return SAME_OP_WEIGHT;
        }
        return 0;
    }

    /**
     * Whether every operand that differs is computed by an equation on at least one side and is a
     * literal on neither: then the difference comes from further up, not from this equation.
     */
    private static boolean differsOnlyUpstream(List<CanonicalKeys.Operand> left, List<CanonicalKeys.Operand> right) {
        for (int k = 0; k < left.size(); k++) {
            CanonicalKeys.Operand a = left.get(k);
            CanonicalKeys.Operand b = right.get(k);
            if (a.key() == b.key()) continue;
            if (a.origin() == CanonicalKeys.Origin.LITERAL || b.origin() == CanonicalKeys.Origin.LITERAL) return false;
            if (a.origin() != CanonicalKeys.Origin.EQUATION && b.origin() != CanonicalKeys.Origin.EQUATION) return false;
        }
        return true;
    }

    /** The matched pairs, in order: a common prefix and suffix, and a weighted LCS between them. */
    private List<Pair> matches(int n, int m) {
        int prefix = 0;
        while (prefix < n && prefix < m && weight(prefix, prefix) == SAME_WEIGHT) prefix++;
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && weight(n - 1 - suffix, m - 1 - suffix) == SAME_WEIGHT) suffix++;
        List<Pair> out = new ArrayList<>();
        for (int k = 0; k < prefix; k++) out.add(new Pair(k, k, Status.SAME));
        out.addAll(weightedLcs(prefix, n - suffix, prefix, m - suffix));
        for (int k = suffix; k > 0; k--) out.add(new Pair(n - k, m - k, Status.SAME));
        return out;
    }

    private List<Pair> weightedLcs(int i0, int i1, int j0, int j1) {
        int n = i1 - i0;
        int m = j1 - j0;
        List<Pair> out = new ArrayList<>();
        if (n == 0 || m == 0 || (long) (n + 1) * (m + 1) > MAX_CELLS) return out;
        int[][] best = new int[n + 1][m + 1]; // best[i][j]: the best score of the suffixes from i and j
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                int w = weight(i0 + i, j0 + j);
                int take = w > 0 ? w + best[i + 1][j + 1] : 0;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            int w = weight(i0 + i, j0 + j);
            if (w > 0 && best[i][j] == w + best[i + 1][j + 1]) {
                out.add(new Pair(i0 + i, j0 + j, w == SAME_WEIGHT ? Status.SAME : Status.SAME_OP));
                i++;
                j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** Marks unmatched equations whose value the other side computes at an unmatched place too. */
    private void markMoved(List<Pair> anchors, boolean[] movedLeft, boolean[] movedRight) {
        boolean[] matchedLeft = new boolean[movedLeft.length];
        boolean[] matchedRight = new boolean[movedRight.length];
        for (Pair a : anchors) {
            matchedLeft[a.left()] = true;
            matchedRight[a.right()] = true;
        }
        Map<Integer, List<Integer>> unmatchedRight = new HashMap<>();
        for (int j = 0; j < matchedRight.length; j++) {
            if (!matchedRight[j]) unmatchedRight.computeIfAbsent(r.equations().get(j), k -> new ArrayList<>()).add(j);
        }
        for (int i = 0; i < matchedLeft.length; i++) {
            if (matchedLeft[i]) continue;
            List<Integer> twins = unmatchedRight.get(l.equations().get(i));
            if (twins != null && !twins.isEmpty()) {
                movedLeft[i] = true;
                movedRight[twins.removeFirst()] = true;
            }
        }
    }

    /** The rows for the unmatched equations {@code [i0, i1)} and {@code [j0, j1)} between two matches. */
    private void gap(int i0, int i1, int j0, int j1, boolean[] movedLeft, boolean[] movedRight, List<Pair> out) {
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int i = i0; i < i1; i++) {
            if (movedLeft[i]) out.add(new Pair(i, -1, Status.MOVED));
            else left.add(i);
        }
        for (int j = j0; j < j1; j++) {
            if (movedRight[j]) out.add(new Pair(-1, j, Status.MOVED));
            else right.add(j);
        }
        // pair equations of equal output types (an LCS on them), then neighbours between those
        int n = left.size();
        int m = right.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            flush(left, right, out);
            return;
        }
        int[][] best = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                boolean same = l.outTypes().get(left.get(i)).equals(r.outTypes().get(right.get(j)));
                best[i][j] = same ? 1 + best[i + 1][j + 1] : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int pendingLeft = 0;
        int pendingRight = 0;
        while (i < n || j < m) {
            boolean same = i < n && j < m && l.outTypes().get(left.get(i)).equals(r.outTypes().get(right.get(j)));
            if (same) {
                flush(left.subList(i - pendingLeft, i), right.subList(j - pendingRight, j), out);
                pendingLeft = 0;
                pendingRight = 0;
                out.add(new Pair(left.get(i++), right.get(j++), Status.CHANGED));
            } else if (j == m || (i < n && best[i][j] == best[i + 1][j])) {
                i++;
                pendingLeft++;
            } else {
                j++;
                pendingRight++;
            }
        }
        flush(left.subList(n - pendingLeft, n), right.subList(m - pendingRight, m), out);
    }

    /** Pairs neighbours as CHANGED, ending at the next match; the surplus comes first, one-sided. */
    private static void flush(List<Integer> left, List<Integer> right, List<Pair> out) {
        int paired = Math.min(left.size(), right.size());
        int extraLeft = left.size() - paired;
        int extraRight = right.size() - paired;
        for (int k = 0; k < extraLeft; k++) out.add(new Pair(left.get(k), -1, Status.ONLY_LEFT));
        for (int k = 0; k < extraRight; k++) out.add(new Pair(-1, right.get(k), Status.ONLY_RIGHT));
        for (int k = 0; k < paired; k++) out.add(new Pair(left.get(extraLeft + k), right.get(extraRight + k), Status.CHANGED));
    }
}
