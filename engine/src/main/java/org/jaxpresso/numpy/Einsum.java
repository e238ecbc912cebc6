package org.jaxpresso.numpy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jaxpresso.Array;
import org.jaxpresso.JaxpressoException;
import org.jaxpresso.Lax;
import org.jaxpresso.ShapeException;
import org.jaxpresso.core.TypePromotion;

/**
 * {@code jnp.einsum} for explicit ({@code "ij,jk->ik"}) and implicit ({@code "ij,jk"}) specs
 * without ellipses. As JAX does after opt_einsum picks a path: operands are contracted pairwise
 * (here left to right, the second operand as lhs, the first as rhs), indices that appear in one
 * operand only are summed out with {@code reduce_sum}, a pair becomes one {@code dot_general}
 * whose operand order is chosen so that its output needs no transpose when possible, and a
 * final {@code transpose} puts the axes in the requested order. Repeated indices within one
 * operand (traces, diagonals) are not supported.
 */
public final class Einsum {
    private Einsum() {}

    public static Array einsum(String spec, Object... operands) {
        String s = spec.replace(" ", "");
        if (s.contains(".")) throw new JaxpressoException("einsum: ellipsis ('...') is not supported yet, got '" + spec + "'");
        String[] io = s.split("->", -1);
        String[] inputs = io[0].split(",", -1);
        if (inputs.length != operands.length) {
            throw new ShapeException("einsum: the spec '" + spec + "' names " + inputs.length + " operands but " + operands.length + " were given");
        }
        String result = io.length > 1 ? io[1] : implicitOutput(inputs);
        List<Array> ops = Promotion.promoteDtypes(Promotion.asArrays(operands));
        TypePromotion.Typed t = TypePromotion.resultType(ops.stream().map(Array::aval).toList());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length() != ops.get(i).ndim()) {
                throw new ShapeException("einsum: operand " + i + " has " + ops.get(i).ndim() + " axes but its subscripts '" + inputs[i] + "' name "
                        + inputs[i].length());
            }
            for (int c = 0; c < inputs[i].length(); c++) {
                if (inputs[i].indexOf(inputs[i].charAt(c)) != c) {
                    throw new JaxpressoException("einsum: repeated subscript '" + inputs[i].charAt(c) + "' in one operand is not supported yet");
                }
            }
            names.add(inputs[i]);
        }
        if (ops.size() == 1) {
            Named r = sumUniques(new Named(ops.getFirst(), names.getFirst()), result, "");
            return Promotion.convert(transposeTo(r, result), t.dtype(), t.weakType());
        }
        Named acc = null;
        while (ops.size() > 1) {
            Named rhs = new Named(ops.removeFirst(), names.removeFirst());
            Named lhs = new Named(ops.removeFirst(), names.removeFirst());
            StringBuilder keep = new StringBuilder(result);
            for (String n : names) keep.append(n);
            String keepNames = keep.toString();
            String target = ops.isEmpty() ? result : null;
            acc = contract(lhs, rhs, keepNames, target, t);
            ops.add(acc.array());
            names.add(acc.names());
        }
        return Promotion.convert(transposeTo(acc, result), t.dtype(), t.weakType());
    }

    private record Named(Array array, String names) {}

    /** Contracts a pair: names kept by {@code keep} survive; the others are summed or contracted. */
    private static Named contract(Named lhs, Named rhs, String keep, String target, TypePromotion.Typed t) {
        lhs = sumUniques(lhs, keep, rhs.names());
        rhs = sumUniques(rhs, keep, lhs.names());
        StringBuilder batch = new StringBuilder();
        StringBuilder contracted = new StringBuilder();
        for (char c : new TreeSet<>(chars(lhs.names()))) {
            if (rhs.names().indexOf(c) < 0) continue;
            if (keep.indexOf(c) >= 0) batch.append(c); else contracted.append(c);
        }
        String remL = remove(lhs.names(), batch + contracted.toString());
        String remR = remove(rhs.names(), batch + contracted.toString());
        int[] lc = positions(lhs.names(), contracted);
        int[] rc = positions(rhs.names(), contracted);
        int[] lb = positions(lhs.names(), batch);
        int[] rb = positions(rhs.names(), batch);
        String rhsFirst = batch + remR + remL;
        if (target == null || rhsFirst.equals(target)) {
            return new Named(Lax.dotGeneral(rhs.array(), lhs.array(), rc, lc, rb, lb, t.dtype()), rhsFirst);
        }
        return new Named(Lax.dotGeneral(lhs.array(), rhs.array(), lc, rc, lb, rb, t.dtype()), batch + remL + remR);
    }

    /** Sums out the names of {@code x} that neither {@code keep} nor {@code other} mention. */
    private static Named sumUniques(Named x, String keep, String other) {
        List<Integer> axes = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        for (char c : new TreeSet<>(chars(x.names()))) {
            if (keep.indexOf(c) < 0 && other.indexOf(c) < 0) axes.add(x.names().indexOf(c));
        }
        if (axes.isEmpty()) return x;
        for (int i = 0; i < x.names().length(); i++) if (!axes.contains(i)) rest.append(x.names().charAt(i));
        return new Named(Lax.reduceSum(x.array(), LinearAlgebra.ints(axes)), rest.toString());
    }

    private static Array transposeTo(Named x, String result) {
        if (x.names().length() != result.length()) {
            throw new ShapeException("einsum: output subscripts '" + result + "' do not match the remaining indices '" + x.names() + "'");
        }
        int[] perm = new int[result.length()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = x.names().indexOf(result.charAt(i));
            if (perm[i] < 0) throw new ShapeException("einsum: output subscript '" + result.charAt(i) + "' does not appear in the inputs");
        }
        return ShapeOps.permute(x.array(), perm);
    }

    private static String implicitOutput(String[] inputs) {
        StringBuilder all = new StringBuilder();
        for (String in : inputs) all.append(in);
        StringBuilder out = new StringBuilder();
        for (char c : new TreeSet<>(chars(all.toString()))) {
            if (all.indexOf(String.valueOf(c)) == all.lastIndexOf(String.valueOf(c))) out.append(c);
        }
        return out.toString();
    }

    private static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>();
        for (char c : s.toCharArray()) out.add(c);
        return out;
    }

    private static String remove(String names, String deleted) {
        StringBuilder out = new StringBuilder();
        for (char c : names.toCharArray()) if (deleted.indexOf(c) < 0) out.append(c);
        return out.toString();
    }

    private static int[] positions(String names, CharSequence which) {
        int[] out = new int[which.length()];
        for (int i = 0; i < out.length; i++) out[i] = names.indexOf(which.charAt(i));
        return out;
    }
}
