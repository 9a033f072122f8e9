package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/zte_zxros_show_version.textfsm, Apache-2.0.
class ZteZxrosParserTest {

    private final ZteZxrosParser parser = new ZteZxrosParser();

    @Test
    void readsAZxctnWithBoardSections() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                ZXCTN 6180H
                ZTE ZXCTN Software, Version: 6180H V5.00.00.42, Release software
                Copyright (c) 2020 by ZTE Corporation
                System image file is <sysdisk0: verset/ZXCTN6180H_V5.00.00.42B01.set>, file size is 512,000,000 Bytes
                System image is loaded from local
                System uptime is 101 day(s), 2 hour(s), 7 minute(s)

                [SMCB, shelf 1, slot 1]:
                Board Name        : SMCB
                Uptime is 101 day(s), 2 hour(s), 6 minute(s)
                """);

        assertEquals(new ParsedVersion("6180H V5.00.00.42", "6180H", null, null, "101 day(s), 2 hour(s), 7 minute(s)",
                "verset/ZXCTN6180H_V5.00.00.42B01.set", List.of()), parsed);
    }

    @Test
    void readsAZxr10WithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("ZXR10 M6000-8S Plus\r\n"
                + "ZTE ZXR10 Software, Version: M6000-S V5.00.10(6.11.30), Release software\r\n"
                + "Copyright (c) 2019 by ZTE Corporation\r\n"
                + "System uptime is 4 day(s), 6 hour(s), 2 minute(s)\r\n");

        assertEquals("M6000-S V5.00.10(6.11.30)", parsed.version());
        assertEquals("M6000-8S Plus", parsed.model());
        assertEquals("4 day(s), 6 hour(s), 2 minute(s)", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutTheSoftwareLine() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("%Error 140301: Invalid input detected at '^' marker.\nZXCTN#"));
        assertTrue(e.getMessage().contains("Version"), e.getMessage());
    }

    @Test
    void readsAModelJoinedToZxctnAndAnyUptimeLine() throws OutputParseException {
        // The template reads whatever follows "ZXCTN" and the first line of any words before "uptime is".
        ParsedVersion parsed = parser.parse("""
                ZXCTN9000-3EA
                ZTE ZXCTN Software, Version: 9000-3EA V5.00.20, Release software
                Copyright (c) 2021 by ZTE Corporation
                ZXCTN 9000-3EA uptime is 2 day(s), 1 hour(s), 4 minute(s)
                """);

        assertEquals("9000-3EA V5.00.20", parsed.version());
        assertEquals("9000-3EA", parsed.model());
        assertEquals("2 day(s), 1 hour(s), 4 minute(s)", parsed.uptime());
        assertNull(parsed.image());
    }

    @Test
    void readsAnyCaseAndReportsAPlaceholderUptimeAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                zte zxr10 software, version: V5.00.10, release software
                system uptime is N/A
                system image file is <sysdisk0:verset/r10.set>
                """);

        assertEquals("V5.00.10", parsed.version());
        assertNull(parsed.model());
        assertNull(parsed.uptime());
        assertEquals("verset/r10.set", parsed.image());
    }
}
