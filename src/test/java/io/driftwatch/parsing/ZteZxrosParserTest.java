package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
