package org.jaxpresso.transform.jit.compile;

import java.util.List;
import org.jaxpresso.backend.Buffer;

/** Runs one fused group: its sources' buffers in, its output buffer out. */
interface GroupExecutor {
    Buffer run(List<Buffer> sources);
}
