package org.jaxpresso.transform.jit.compile;

import java.util.List;
import org.jaxpresso.backend.Buffer;

/** Runs one fused group: its sources' buffers in, its output buffer out. */
interface GroupExecutor {
    Buffer run(List<Buffer> sources);

    /** The code generated for the group, disassembled (debug level 4); empty when it is interpreted. */
    default String listing() { return ""; }
}
