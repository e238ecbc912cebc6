package org.jaxpresso.core;

import java.util.List;

/** One equation: {@code outputs = primitive[params] inputs}. */
public record Eqn(Primitive primitive, List<Atom> inputs, List<Var> outputs) {
    public Eqn {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
