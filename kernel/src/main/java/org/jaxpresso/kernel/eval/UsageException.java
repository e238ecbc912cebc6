package org.jaxpresso.kernel.eval;

import java.util.List;

/**
 * A magic was used wrongly (an unknown name, a missing argument, a file that is not there);
 * shown as IPython shows its {@code UsageError}: the name and one line saying what to do.
 */
public final class UsageException extends CellException {
    public UsageException(String message) {
        super(message, null);
    }

    @Override
    public String ename() { return "UsageError"; }

    @Override
    public List<String> traceback() { return List.of("UsageError: " + getMessage()); }
}
