package org.jaxpresso.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jaxpresso.core.Atom;
import org.jaxpresso.core.Binary;
import org.jaxpresso.core.Eqn;
import org.jaxpresso.core.Jaxpr;
import org.jaxpresso.core.JaxprPrinter;
import org.jaxpresso.core.Literal;
import org.jaxpresso.core.Primitive;
import org.jaxpresso.core.ShapedArray;
import org.jaxpresso.core.Var;

/**
 * Canonical keys for the values of jaxprs, by hash-consing their dataflow graphs: two values get
 * the same key exactly when they are computed the same way from the same inputs. Inputs are
 * keyed by position and type, constvars by position and type (their values are not compared),
 * literals by value and type, and an equation's outputs by its primitive, its printed params,
 * its types, the keys of its operands and the output's index. Keys ignore variable names and
 * the order of independent equations; weak types are ignored (they never change a value).
 * Operands of commutative primitives ({@code add}, {@code mul}, {@code max}, {@code min},
 * {@code and}, {@code or}, {@code xor}, {@code eq}, {@code ne}) are keyed as an unordered pair.
 * Nested jaxprs in params are compared by their printed text.
 *
 * <p>One instance keys both jaxprs of a comparison, so equal keys across them mean equal values.
 */
final class CanonicalKeys {
    private record InputKey(int position, ShapedArray aval) {}

    private record ConstKey(int position, ShapedArray aval) {}

    private record LiteralKey(Object value, ShapedArray aval) {}

    /** What an equation does, ignoring where its operands come from. */
    private record OpKey(String primitive, String params, List<ShapedArray> inAvals, List<ShapedArray> outAvals) {}

    private record EqnKey(int op, List<Integer> operands) {}

    private record OutputKey(int eqn, int index) {}

    /** Where an operand comes from. */
    enum Origin { BINDER, LITERAL, EQUATION }

    /** One operand of an equation: its key and where it comes from. */
    record Operand(int key, Origin origin) {}

    /**
     * The keys of one jaxpr: per equation its dataflow key ({@code equations}), its operation key
     * ignoring operands ({@code operations}), its operands in order and the key of its output
     * types ({@code outTypes}); the keys of its outvars; and the key of its binder types.
     */
    record Keyed(List<Integer> equations, List<Integer> operations, List<List<Operand>> operands, List<Integer> outTypes,
                 List<Integer> results, int binders) {}

    private final Map<Object, Integer> ids = new HashMap<>();

    private int id(Object key) {
        Integer known = ids.get(key);
        if (known != null) return known;
        int fresh = ids.size();
        ids.put(key, fresh);
        return fresh;
    }

    Keyed keys(Jaxpr jaxpr) {
        Map<Var, Integer> env = new IdentityHashMap<>();
        for (int i = 0; i < jaxpr.constvars().size(); i++) {
            Var v = jaxpr.constvars().get(i);
            env.put(v, id(new ConstKey(i, v.aval().strong())));
        }
        for (int i = 0; i < jaxpr.invars().size(); i++) {
            Var v = jaxpr.invars().get(i);
            env.put(v, id(new InputKey(i, v.aval().strong())));
        }
        List<Integer> equations = new ArrayList<>();
        List<Integer> operations = new ArrayList<>();
        List<List<Operand>> operandLists = new ArrayList<>();
        List<Integer> outTypes = new ArrayList<>();
        Map<Var, Origin> origins = new IdentityHashMap<>();
        for (Eqn e : jaxpr.eqns()) {
            List<ShapedArray> outAvals = e.outputs().stream().map(v -> v.aval().strong()).toList();
            int op = id(new OpKey(e.primitive().primitiveName(), JaxprPrinter.flatParams(e.primitive()),
                    e.inputs().stream().map(a -> a.aval().strong()).toList(), outAvals));
            List<Integer> operands = new ArrayList<>();
            List<Operand> described = new ArrayList<>();
            for (Atom a : e.inputs()) {
                int k = key(a, env);
                operands.add(k);
                described.add(new Operand(k, switch (a) {
                    case Literal l -> Origin.LITERAL;
                    case Var v -> origins.getOrDefault(v, Origin.BINDER);
                }));
            }
            if (isCommutative(e.primitive())) operands.sort(null);
            int eqn = id(new EqnKey(op, List.copyOf(operands)));
            for (int k = 0; k < e.outputs().size(); k++) {
                env.put(e.outputs().get(k), id(new OutputKey(eqn, k)));
                origins.put(e.outputs().get(k), Origin.EQUATION);
            }
            equations.add(eqn);
            operations.add(op);
            operandLists.add(List.copyOf(described));
            outTypes.add(id(outAvals));
        }
        List<Integer> results = jaxpr.outvars().stream().map(a -> key(a, env)).toList();
        List<ShapedArray> binderTypes = new ArrayList<>();
        for (Var v : jaxpr.constvars()) binderTypes.add(v.aval().strong());
        binderTypes.add(null); // separates constvars from invars
        for (Var v : jaxpr.invars()) binderTypes.add(v.aval().strong());
        return new Keyed(equations, operations, operandLists, outTypes, results, id(binderTypes));
    }

    private int key(Atom a, Map<Var, Integer> env) {
        return switch (a) {
            case Var v -> {
                Integer k = env.get(v);
                if (k == null) throw new IllegalArgumentException("jaxpr reads a variable it never defines: " + v);
                yield k;
            }
            case Literal l -> id(new LiteralKey(l.value(), l.aval().strong()));
        };
    }

    private static boolean isCommutative(Primitive p) {
        return p instanceof Binary b && switch (b) {
            case ADD, MUL, MAX, MIN, AND, OR, XOR, EQ, NE -> true;
            case SUB, DIV, REM, POW, ATAN2, LT, LE, GT, GE -> false;
        };
    }
}
