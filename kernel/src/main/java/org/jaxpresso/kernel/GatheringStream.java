package org.jaxpresso.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Gathers what a cell prints and passes it on to the kernel's stream only when flushed (by the
 * kernel's flusher, every few tens of milliseconds, and at the end of the cell), so that one
 * {@code printf} of many pieces becomes one {@code stream} message, as in ipykernel — not one
 * message per piece. The {@link PrintStream} over it must not auto-flush.
 */
final class GatheringStream extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream gathered = new ByteArrayOutputStream();

    GatheringStream(PrintStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) {
        gathered.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        gathered.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
        if (gathered.size() == 0) return;
        target.write(gathered.toByteArray(), 0, gathered.size());
        target.flush();
        gathered.reset();
    }
}
