package org.jaxpresso.kernel.magic;

/**
 * A piece of a cell as {@link MagicParser} splits it: Java code, a line magic
 * ({@code %time f(x)}), or the cell magic that takes the whole cell ({@code %%timeit} on the
 * first line). Line numbers are 0-based cell lines, so errors can name the user's line.
 */
public sealed interface CellPart {
    /** Java code starting on cell line {@code firstLine}. */
    record Code(String source, int firstLine) implements CellPart {}

    /** {@code %name args} on cell line {@code line}. */
    record LineMagic(String name, String args, int line) implements CellPart {}

    /** {@code %%name args} on the first line, applied to {@code body} (from cell line 1 on). */
    record CellMagic(String name, String args, String body) implements CellPart {}
}
