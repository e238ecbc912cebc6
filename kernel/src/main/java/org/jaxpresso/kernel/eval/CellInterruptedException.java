package org.jaxpresso.kernel.eval;

import java.util.List;

/** The cell was stopped by an interrupt; the kernel and its variables are intact. */
public final class CellInterruptedException extends CellException {
    CellInterruptedException() {
        super("the cell was interrupted", null);
    }

    @Override
    public String ename() { return "InterruptedException"; }

    @Override
    public List<String> traceback() { return List.of("InterruptedException: the cell was interrupted"); }
}
