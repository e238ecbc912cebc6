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
    /** Set by {@link #flatLines}: the top-level jaxpr whose parts are captured while printing. */
    private Jaxpr captureTarget;
    private FlatLines captured;

    private JaxprPrinter() {}

    public static String print(Jaxpr jaxpr) {
        JaxprPrinter p = new JaxprPrinter();
        return Doc.render(p.jaxpr(jaxpr), WIDTH);
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

    private String name(Var v) { return names.computeIfAbsent(v, k -> encode(counter++)); }

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
        Doc lhs = vars(e.outputs().stream().map(v -> typedVar(v, used)).toList(), "");
        Doc params = params(e.primitive());
        Doc rhs = concat(text(" "), vars(e.inputs().stream().map(this::atom).toList(), ""));
        if (e.outputs().isEmpty()) return concat(text(e.primitive().primitiveName()), params, rhs);
        return concat(lhs, text(" = "), text(e.primitive().primitiveName()), params, rhs);
    }

    private Doc params(Primitive p) {
        List<Param> ps = new ArrayList<>(p.params());
        if (ps.isEmpty()) return concat();
        ps.sort(Comparator.comparing(Param::name));
        List<Doc> kvs = new ArrayList<>();
        for (Param param : ps) kvs.add(concat(text(param.name() + "="), value(param.value())));
        return group(concat(nest(2, concat(text("["), brk(""), join(brk(), kvs))), brk(""), text("]")));
    }

    private Doc value(Object v) {
        return switch (v) {
            case Jaxpr j -> jaxpr(j);
            case ClosedJaxpr c -> jaxpr(c.jaxpr());
            default -> text(v.toString());
        };
    }
}
