package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.JaxpressoException;

/**
 * {@code jit[name=… jaxpr={…}]}: a call of a staged function. Its params print with {@code name}
 * first and only {@code name} and {@code jaxpr}, as JAX's custom rule drops the default-valued
 * ones; the printer also applies JAX's name reuse and hoisting to it.
 */
public record JitCall(String name, ClosedJaxpr jaxpr) implements Primitive {
    @Override
    public String primitiveName() { return "jit"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        List<ShapedArray> want = jaxpr.inAvals();
        boolean ok = want.size() == in.size();
        for (int i = 0; ok && i < in.size(); i++) {
            ok = want.get(i).shape().equals(in.get(i).shape()) && want.get(i).dtype() == in.get(i).dtype();
        }
        if (!ok) {
            throw new JaxpressoException("jit of " + name + " was called with arguments of types "
                    + in.stream().map(ShapedArray::str).toList() + " but its jaxpr takes " + want.stream().map(ShapedArray::str).toList() + ".");
        }
        return jaxpr.outAvals();
    }

    @Override
    public List<Param> params() { return List.of(new Param("name", name), new Param("jaxpr", jaxpr)); }

    /** Records compare their jaxprs by identity: two calls are the same when they call the same staged function. */
    @Override
    public boolean equals(Object o) { return o instanceof JitCall j && j.name.equals(name) && j.jaxpr == jaxpr; }

    @Override
    public int hashCode() { return name.hashCode() * 31 + System.identityHashCode(jaxpr); }
}
