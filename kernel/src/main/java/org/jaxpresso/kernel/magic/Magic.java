package org.jaxpresso.kernel.magic;

import org.jaxpresso.kernel.eval.CellException;
import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;
import org.jaxpresso.kernel.eval.UsageException;

/**
 * A magic command: {@code %name args} on a line of a cell, and for some also {@code %%name args}
 * as a cell's first line, applied to the rest of the cell. What it returns is the cell's value
 * when it is the cell's last part (as {@code %time f(x)} shows {@code f(x)}'s value).
 */
public interface Magic {
    /** The name without the {@code %}. */
    String name();

    /** One line for {@code %lsmagic} and errors: how to call it. */
    String usage();

    /**
     * Runs {@code %name args}.
     *
     * @param line the 0-based cell line the magic is on (code it runs reports errors there)
     */
    CellValue runLine(String args, int line, MagicContext context) throws CellException;

    /** Whether {@code %%name} exists. */
    default boolean hasCellForm() {
        return false;
    }

    /**
     * Runs {@code %%name args} over {@code body} (the cell without its first line, which is
     * kept blank so that lines are numbered as in the cell).
     */
    default CellValue runCell(String args, String body, MagicContext context) throws CellException {
        throw new UsageException("%%" + name() + " is not a cell magic; use %" + name() + " on a line");
    }
}
