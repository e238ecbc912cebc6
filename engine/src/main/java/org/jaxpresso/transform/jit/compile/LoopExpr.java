package org.jaxpresso.transform.jit.compile;

import java.util.List;
import org.jaxpresso.DType;
import org.jaxpresso.core.Iota;
import org.jaxpresso.core.Primitive;

/**
 * The body of a fused loop nest: an expression evaluated at every point of the group's iteration
 * space. Leaves read a materialized value through an {@link IndexMap}, count along an iota, or
 * are scalar literals; inner nodes apply one elementwise primitive. Shape-changing primitives
 * never appear here: the partitioner turns them into the leaves' index maps.
 */
sealed interface LoopExpr {
    DType dtype();

    /** Reads source {@code source} (an index into the group's sources) at {@code map}. */
    record Load(int source, IndexMap map, DType dtype) implements LoopExpr {}

    /** {@code iota}'s value at {@code map}: the index along {@code iota.dimension()}. */
    record IotaLeaf(Iota iota, IndexMap map) implements LoopExpr {
        @Override
        public DType dtype() { return iota.dtype(); }
    }

    /** A scalar literal: a {@code Boolean}, {@code Long} or {@code Double} as {@code core.Literal} holds it. */
    record Scalar(Object value, DType dtype) implements LoopExpr {}

    /**
     * One elementwise primitive ({@code Unary}, {@code Binary}, {@code SelectN}, {@code Clamp},
     * {@code ConvertElementType}, {@code Round}, {@code IntegerPow}) of operands already in the
     * iteration space; {@code dtype} is its output dtype.
     */
    record Apply(Primitive op, List<LoopExpr> args, DType dtype) implements LoopExpr {
        public Apply {
            args = List.copyOf(args);
        }
    }
}
