package org.jaxpresso.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Header dates as jupyter_client and other clients write them (the base library's parser rejects microseconds). */
class HeaderDateTest {
    @Test
    void readsMicrosecondsOffsetsAndZoneless() {
        assertEquals(Instant.parse("2026-11-23T23:50:01.123456Z"), JaxpressoKernel.instantOf("2026-11-23T23:50:01.123456Z"));
        assertEquals(Instant.parse("2026-11-23T22:50:01.5Z"), JaxpressoKernel.instantOf("2026-11-23T23:50:01.500+01:00"));
        assertEquals(Instant.parse("2026-11-23T23:50:01Z"), JaxpressoKernel.instantOf("2026-11-23T23:50:01"));
        assertNull(JaxpressoKernel.instantOf("yesterday"));
        assertNull(JaxpressoKernel.instantOf(null));
    }
}
