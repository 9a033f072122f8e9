package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/ericsson_ipos_show_version.textfsm, Apache-2.0.
class EricssonIposParserTest {

    private final EricssonIposParser parser = new EricssonIposParser();

    @Test
    void readsARouter6000() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                Ericsson IPOS Version IPOS-v21.1.2.14.77-Release
                Built by spradmin@ericsson Mon Mar 8 09:12:44 CET 2021
                Copyright (C) 1998-2021, Ericsson AB. All rights reserved.
                Operating System version is Linux 3.14.65-mvista
                Kernel version is Linux-3.14-CXC1740317_1-R12A01(K0000I0000)
                Router Up Time -  2 days 3 hours 4 minutes 5 seconds
                """);

        assertEquals(new ParsedVersion("21.1.2.14.77", null, null, null, "2 days 3 hours 4 minutes 5 seconds", null,
                List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("\r\nEricsson IPOS Version IPOS-v19.1.0.0.44-Release\r\n"
                + "Router Up Time -  45 minutes 2 seconds");

        assertEquals("19.1.0.0.44", parsed.version());
        assertEquals("45 minutes 2 seconds", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutTheVersionLine() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("% Invalid input at '^' marker\n[local]r6k-1#"));
        assertTrue(e.getMessage().contains("IPOS"), e.getMessage());
    }

    @Test
    void readsABuildWithDashesUpToRelease() throws OutputParseException {
        // The template's version is all of "IPOS-v...-Release" between the two, dashes included.
        ParsedVersion parsed = parser.parse("""
                Ericsson IPOS Version IPOS-v21.1.2.14.77-ep2-Release
                System Up Time - 1 days 2 hours 3 minutes
                """);

        assertEquals("21.1.2.14.77-ep2", parsed.version());
        assertEquals("1 days 2 hours 3 minutes", parsed.uptime());
    }

    @Test
    void readsAnyCaseAndReportsAPlaceholderUptimeAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                ERICSSON IPOS VERSION IPOS-v20.3.1.803.142-RELEASE
                Router Up Time - unknown
                """);

        assertEquals("20.3.1.803.142", parsed.version());
        assertNull(parsed.uptime());
    }
}
