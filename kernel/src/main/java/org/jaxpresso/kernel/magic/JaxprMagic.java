package org.jaxpresso.kernel.magic;

import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * {@code %jaxpr f(x, w)}: the jaxpr of that call, traced with {@code Jax.makeJaxpr(f, x, w)}
 * (nothing is computed); it is the cell's value, so a notebook shows it highlighted. The
 * function may be any expression, even one Java could not call directly:
 * {@code %jaxpr vmap(convolve)(xs, ws)}; {@code f.apply(x, w)} works too.
 */
final class JaxprMagic implements Magic {
    @Override
    public String name() { return "jaxpr"; }

    @Override
    public String usage() { return "%jaxpr <function>(<args>): the jaxpr of that call, e.g. %jaxpr vmap(convolve)(xs, ws)"; }

    @Override
    public CellValue runLine(String args, int line, MagicContext context) throws CellException {
        Call call = Call.parse(args);
        String code = "org.jaxpresso.Jax.makeJaxpr(" + call.function() + (call.arguments().isBlank() ? "" : ", " + call.arguments()) + ")";
        return context.evaluator().eval(Magics.atLine(code, line));
    }

    /** A call split into the function and the argument list of its last parenthesised group. */
    record Call(String function, String arguments) {
        static Call parse(String text) throws UsageException {
            String call = text.strip();
            if (call.endsWith(";")) call = call.substring(0, call.length() - 1).strip();
            int open = lastGroupStart(call);
            String function = open < 0 ? "" : call.substring(0, open).strip();
            if (function.endsWith(".apply")) function = function.substring(0, function.length() - ".apply".length());
            if (open < 0 || function.isEmpty()) {
                throw new UsageException("%jaxpr needs a call of a function, as in %jaxpr convolve(x, w) or %jaxpr vmap(f)(xs)");
            }
            return new Call(function, call.substring(open + 1, call.length() - 1).strip());
        }

        /**
         * Where the parenthesised group that ends the text opens (string and character
         * literals skipped), or -1 when the text does not end with one.
         */
        private static int lastGroupStart(String s) {
            if (!s.endsWith(")")) return -1;
            int depth = 0;
            int groupStart = -1;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'') {
                    for (i++; i < s.length() && s.charAt(i) != c; i++) if (s.charAt(i) == '\\') i++;
                } else if (c == '(') {
                    if (depth++ == 0) groupStart = i;
                } else if (c == ')') {
                    if (--depth < 0) return -1;
                }
            }
            return depth == 0 ? groupStart : -1;
        }
    }
}
