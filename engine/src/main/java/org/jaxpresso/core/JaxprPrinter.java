package org.jaxpresso.core;

import static org.jaxpresso.core.Doc.brk;
import static org.jaxpresso.core.Doc.concat;
import static org.jaxpresso.core.Doc.group;
import static org.jaxpresso.core.Doc.join;
import static org.jaxpresso.core.Doc.nest;
import static org.jaxpresso.core.Doc.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a jaxpr as {@code jax.make_jaxpr} (JAX 0.10) does: the document shape of
 * {@code jax._src.core.pp_jaxpr}, rendered at width 80; variables named {@code a…z, ba…} in
 * document-construction order with one counter for the whole print (nested jaxprs included);
 * {@code _} for outputs nobody reads; params sorted by name.
 */
public final class JaxprPrinter {
    public static final int WIDTH = 80;

    /** A width no group reaches, so that every group is laid out flat on one line. */
    private static final int UNBOUNDED = Integer.MAX_VALUE / 4;

    private final Map<Var, String> names = new IdentityHashMap<>();
    private int counter;
    /** Jaxprs reached more than once, with the names they are printed under ({@code let f = … in}). */
    private final Map<Jaxpr, String> shared = new IdentityHashMap<>();
    /** Names of shared jaxprs already printed: the variable counter skips them. */
    private final Set<String> reserved = new java.util.HashSet<>();
    /** Set by {@link #flatLines}: the top-level jaxpr whose parts are captured while printing. */
    private Jaxpr captureTarget;
    private FlatLines captured;

    private JaxprPrinter() {}

    public static String print(Jaxpr jaxpr) {
        JaxprPrinter p = new JaxprPrinter();
        return Doc.render(p.toplevel(jaxpr), WIDTH);
    }

    /**
     * JAX's {@code pp_toplevel_jaxpr}: every jaxpr reached more than once (a jitted function
     * called twice with the same types) is printed first as {@code let NAME = {…} in} and referred
     * to by name; NAME is the calling equation's {@code name} param without {@code <>}, with
     * {@code 1, 2…} appended on clashes.
     */
    private Doc toplevel(Jaxpr top) {
        Map<Jaxpr, Integer> counts = new IdentityHashMap<>();
        Map<Jaxpr, String> firstName = new IdentityHashMap<>();
        List<Jaxpr> order = new ArrayList<>();
        java.util.ArrayDeque<Jaxpr> todo = new java.util.ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            for (Eqn e : todo.removeFirst().eqns()) {
                for (Param param : e.primitive().params()) {
                    Jaxpr sub = param.value() instanceof ClosedJaxpr c ? c.jaxpr() : param.value() instanceof Jaxpr j ? j : null;
                    if (sub == null) continue;
                    if (counts.merge(sub, 1, Integer::sum) == 1) {
                        order.add(sub);
                        firstName.put(sub, e.primitive() instanceof JitCall jc ? jc.name() : "jaxpr");
                        todo.addLast(sub);
                    }
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Jaxpr j : order) {
            if (counts.get(j) < 2) continue;
            String base = firstName.get(j).replace("<", "").replace(">", "");
            String name = base;
            for (int k = 1; taken.contains(name); k++) name = base + k;
            taken.add(name);
            docs.add(concat(text("let " + name + " = "), jaxpr(j), text(" in"), brk()));
            shared.put(j, name);
            reserved.add(name);
        }
        docs.add(jaxpr(top));
        return concat(docs);
    }

    /**
     * A jaxpr's parts, each on one line with the names {@link #print} gives them:
     * {@code binders} is {@code { lambda ; a:i32[5] b:f32[3]. let}, {@code equations} holds one
     * line per top-level equation (nested jaxprs flattened into it), and {@code results} is
     * {@code in (l,) }}.
     */
    public record FlatLines(String binders, List<String> equations, String results) {
        public FlatLines {
            equations = List.copyOf(equations);
        }
    }

    /** The parts of {@code jaxpr} on one line each, named exactly as {@link #print} names them. */
    public static FlatLines flatLines(Jaxpr jaxpr) {
        JaxprPrinter p = new JaxprPrinter();
        p.captureTarget = jaxpr;
        p.jaxpr(jaxpr);
        return p.captured;
    }

    /**
     * The printed params of {@code p} on one line ({@code [axes=(1,) out_sharding=None]}), or
     * {@code ""} when it prints none; nested jaxprs are named from {@code a} afresh.
     */
    public static String flatParams(Primitive p) { return Doc.render(new JaxprPrinter().params(p), UNBOUNDED); }

    /** Lowercase base-26 with {@code a} = 0 and no {@code aa}: a…z, ba…zz, baa… */
    static String encode(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return sb.reverse().toString();
    }

    private String name(Var v) { return names.computeIfAbsent(v, k -> fresh()); }

    private String fresh() {
        String n;
        do {
            n = encode(counter++);
        } while (reserved.contains(n));
        return n;
    }

    private Doc atom(Atom a) {
        return switch (a) {
            case Var v -> text(name(v));
            case Literal l -> text(l.toString());
        };
    }

    private Doc typedVar(Var v, Set<Var> used) {
        String n = used == null || used.contains(v) ? name(v) : "_";
        return text(n + ":" + v.aval().typeString());
    }

    /** {@code nest(2, group(join(concat(text(sep), group(brk())), items)))}. */
    private static Doc vars(List<Doc> items, String sep) {
        return nest(2, group(join(concat(text(sep), group(brk())), items)));
    }

    Doc jaxpr(Jaxpr j) {
        Set<Var> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Eqn e : j.eqns()) for (Atom a : e.inputs()) if (a instanceof Var v) used.add(v);
        for (Atom a : j.outvars()) if (a instanceof Var v) used.add(v);

        List<Doc> body = new ArrayList<>();
        body.add(text("{ "));
        body.add(text("lambda "));
        body.add(vars(j.constvars().stream().map(v -> typedVar(v, null)).toList(), ""));
        body.add(text("; "));
        body.add(vars(j.invars().stream().map(v -> typedVar(v, null)).toList(), ""));
        body.add(text(". "));
        body.add(text("let"));
        List<Doc> eqns = new ArrayList<>();
        for (Eqn e : j.eqns()) eqns.add(eqn(e, used));
        body.add(nest(2, concat(brk(), join(brk("; "), eqns))));
        body.add(brk());
        body.add(text("in "));
        List<Doc> outs = j.outvars().stream().map(this::atom).toList();
        body.add(concat(text("("), vars(outs, ","), text(outs.size() == 1 ? ",)" : ")")));
        if (j == captureTarget) captured = capture(body, eqns, outs);
        return concat(group(nest(2, concat(body))), text(" }"));
    }

    /** Flat text of the parts of a jaxpr's document: {@code body} as built by {@link #jaxpr}. */
    private static FlatLines capture(List<Doc> body, List<Doc> eqns, List<Doc> outs) {
        String binders = Doc.render(concat(body.subList(0, 7)), UNBOUNDED);
        List<String> lines = eqns.stream().map(d -> Doc.render(d, UNBOUNDED)).toList();
        String results = Doc.render(concat(text("in ("), vars(outs, ","), text(outs.size() == 1 ? ",) }" : ") }")), UNBOUNDED);
        return new FlatLines(binders, lines, results);
    }

    private Doc eqn(Eqn e, Set<Var> used) {
        if (e.primitive() instanceof JitCall call && !shared.containsKey(call.jaxpr().jaxpr())) reuseNames(call.jaxpr().jaxpr(), e);
        Doc lhs = vars(e.outputs().stream().map(v -> typedVar(v, used)).toList(), "");
        Doc params = params(e.primitive());
        Doc rhs = concat(text(" "), vars(e.inputs().stream().map(this::atom).toList(), ""));
        if (e.outputs().isEmpty()) return concat(text(e.primitive().primitiveName()), params, rhs);
        return concat(lhs, text(" = "), text(e.primitive().primitiveName()), params, rhs);
    }

    /**
     * JAX's name reuse for jit (0.6+): an unnamed inner invar takes the name of its outer
     * argument when that is a variable not already lent to an earlier invar of this equation;
     * then each unnamed inner outvar takes the name of its outer output, naming that output now.
     */
    private void reuseNames(Jaxpr inner, Eqn e) {
        Set<Var> lent = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < inner.invars().size() && i < e.inputs().size(); i++) {
            Var in = inner.invars().get(i);
            if (names.containsKey(in) || !(e.inputs().get(i) instanceof Var outer) || !lent.add(outer)) continue;
            names.put(in, name(outer));
        }
        for (int i = 0; i < inner.outvars().size() && i < e.outputs().size(); i++) {
            if (inner.outvars().get(i) instanceof Var out && !names.containsKey(out)) names.put(out, name(e.outputs().get(i)));
        }
    }

    private Doc params(Primitive p) {
        List<Param> ps = new ArrayList<>(p.params());
        if (ps.isEmpty()) return concat();
        ps.sort(Comparator.comparing((Param x) -> !(p instanceof JitCall && x.name().equals("name"))).thenComparing(Param::name));
        List<Doc> kvs = new ArrayList<>();
        for (Param param : ps) kvs.add(concat(text(param.name() + "="), value(param.value())));
        return group(concat(nest(2, concat(text("["), brk(""), join(brk(), kvs))), brk(""), text("]")));
    }

    private Doc value(Object v) {
        return switch (v) {
            case Jaxpr j -> shared.containsKey(j) ? text(shared.get(j)) : jaxpr(j);
            case ClosedJaxpr c -> shared.containsKey(c.jaxpr()) ? text(shared.get(c.jaxpr())) : jaxpr(c.jaxpr());
            default -> text(v.toString());
        };
    }
}
