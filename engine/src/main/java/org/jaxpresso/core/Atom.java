package org.jaxpresso.core;

/** An equation operand: a {@link Var} or an inline scalar {@link Literal}. */
public sealed interface Atom permits Var, Literal {
    ShapedArray aval();
}
