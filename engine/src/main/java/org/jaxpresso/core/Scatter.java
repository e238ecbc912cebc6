package org.jaxpresso.core;

import java.util.List;

/**
 * {@code scatter}, {@code scatter-add}, {@code scatter-mul}, {@code scatter-min},
 * {@code scatter-max}{@code  operand indices updates}: XLA's scatter, enough for {@code x.at(…)}.
 */
public record Scatter(Op op, ScatterDimensionNumbers dimensionNumbers, GatherScatterMode mode,
                      boolean indicesAreSorted, boolean uniqueIndices) implements Primitive {
    /** How an update combines with the value already there. */
    public enum Op { SET, ADD, MUL, MIN, MAX }

    @Override
    public String primitiveName() {
        return op == Op.SET ? "scatter" : "scatter-" + op.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        throw new UnsupportedOperationException("scatter type rule not written yet");
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("dimension_numbers", dimensionNumbers), Param.of("indices_are_sorted", indicesAreSorted),
                Param.of("mode", mode), Param.of("unique_indices", uniqueIndices), new Param("update_consts", "()"),
                Param.of("update_jaxpr", null));
    }
}
