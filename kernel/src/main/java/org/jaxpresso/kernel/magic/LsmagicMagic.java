package org.jaxpresso.kernel.magic;

import org.jaxpresso.kernel.eval.JShellEvaluator.CellValue;

/** {@code %lsmagic}: the magics there are, each with its usage. */
final class LsmagicMagic implements Magic {
    @Override
    public String name() { return "lsmagic"; }

    @Override
    public String usage() { return "%lsmagic: list the magics"; }

    @Override
    public CellValue runLine(String args, int line, MagicContext context) {
        context.output().println("Line magics:");
        for (Magic m : context.magics().all()) context.output().println("  " + m.usage());
        context.output().println("Cell magics (on a cell's first line):");
        for (Magic m : context.magics().all()) if (m.hasCellForm()) context.output().println("  %%" + m.name());
        return CellValue.NONE;
    }
}
