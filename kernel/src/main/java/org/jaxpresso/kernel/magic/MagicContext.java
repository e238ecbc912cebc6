package org.jaxpresso.kernel.magic;

import org.jaxpresso.kernel.display.DisplaySink;
import org.jaxpresso.kernel.eval.JShellEvaluator;

/**
 * What a magic works with: the session's evaluator, the front end's output (text lines and
 * displays), and the set of magics (for {@code %lsmagic}).
 */
public record MagicContext(JShellEvaluator evaluator, DisplaySink output, Magics magics) {}
