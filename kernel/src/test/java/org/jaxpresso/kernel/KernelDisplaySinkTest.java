package org.jaxpresso.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.jaxpresso.kernel.display.MimeBundle;
import org.junit.jupiter.api.Test;

/** The display data the notebook's display helpers publish (the messages themselves: magics_test.py). */
class KernelDisplaySinkTest {
    @Test
    void displayDataCarriesTheBundleAndTheDisplayId() throws Exception {
        DisplayData d = KernelDisplaySink.data("id-1", "x");
        assertEquals("id-1", d.getDisplayId());
        assertEquals("\"x\"", d.getData(MIMEType.parse(MimeBundle.TEXT_PLAIN)));
    }

    @Test
    void aBundlesEveryFormIsCopied() throws Exception {
        DisplayData d = JaxpressoKernel.displayData(new MimeBundle(Map.of("text/plain", "t", "image/svg+xml", "<svg/>")));
        assertEquals("<svg/>", d.getData(MIMEType.parse("image/svg+xml")));
        assertEquals("t", d.getData(MIMEType.parse("text/plain")));
    }
}
