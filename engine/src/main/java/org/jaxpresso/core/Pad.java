package org.jaxpresso.core;

import java.util.List;
import org.jaxpresso.ShapeException;

/**
 * {@code pad[padding_config=((lo, hi, interior), …)] operand padding_value}: negative
 * {@code lo}/{@code hi} crop, {@code interior} inserts that many values between elements.
 */
public record Pad(List<Config> paddingConfig) implements Primitive {
    /** One dimension's padding; prints as a Python triple. */
    public record Config(int lo, int hi, int interior) {
        @Override
        public String toString() { return "(" + lo + ", " + hi + ", " + interior + ")"; }
    }

    public Pad {
        paddingConfig = List.copyOf(paddingConfig);
    }

    @Override
    public String primitiveName() { return "pad"; }

    @Override
    public List<ShapedArray> abstractEval(List<ShapedArray> in) {
        TypeRules.checkArity(primitiveName(), in, 2);
        ShapedArray x = in.get(0);
        TypeRules.checkSameDtypes(primitiveName(), in);
        if (in.get(1).rank() != 0) throw new ShapeException("pad padding_value must be a scalar, got shape " + in.get(1).shape() + ".");
        if (paddingConfig.size() != x.rank()) {
            throw new ShapeException("length of padding_config must equal the number of axes of operand, got padding_config "
                    + PyFormat.tuple(paddingConfig) + " for operand shape " + x.shape());
        }
        int[] out = new int[x.rank()];
        for (int i = 0; i < out.length; i++) {
            Config c = paddingConfig.get(i);
            if (c.interior() < 0) throw new ShapeException("interior padding in padding_config must be nonnegative, got padding_config " + PyFormat.tuple(paddingConfig));
            int d = x.shape().dim(i);
            out[i] = c.lo() + c.hi() + d + Math.max(0, d - 1) * c.interior();
            if (out[i] < 0) {
                throw new ShapeException("Dimension size after padding is not at least 0, got result shape with a negative size for padding_config "
                        + PyFormat.tuple(paddingConfig) + " and operand shape " + x.shape() + ".");
            }
        }
        return List.of(x.withShape(Shape.of(out)).strong());
    }

    @Override
    public List<Param> params() { return List.of(new Param("padding_config", PyFormat.tuple(paddingConfig))); }
}
