package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_nvfis_show_version.textfsm, Apache-2.0.
class CiscoNvfisParserTest {

    private final CiscoNvfisParser parser = new CiscoNvfisParser();

    @Test
    void readsTheVersionLine() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco NFV Infrastructure Software
                Version 4.12.1-FC2
                Build date Monday, May 22, 2023 [14:03:11 PDT]
                Last Reboot Tuesday, June 06 [09:41]
                """);

        assertEquals(new ParsedVersion("4.12.1-FC2", null, null, null, null, null, List.of()), parsed);
    }

    @Test
    void readsCrlfAndAColonAfterVersion() throws OutputParseException {
        assertEquals("3.12.3-FC4", parser.parse("Cisco NFV Infrastructure Software\r\n"
                + "Version: 3.12.3-FC4\r\n"
                + "Build date Friday, March 13, 2020 [01:12:09 PDT]").version());
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("syntax error: unknown command\nnfvis# "));
    }

    @Test
    void readsTheTemplatesThreeLines() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco Enterprise Network Function Virtualization Infrastructure Software (NFVIS)

                Copyright (c) 2015-2021 by Cisco Systems, Inc.

                Version 4.6.1-FC1
                Build date Tue Jul 13 12:00:00 UTC 2021
                Last Reboot Sat Aug 14 09:10:11 UTC 2021
                """);

        assertEquals("4.6.1-FC1", parsed.version());
    }

    @Test
    void readsTheLabelWhateverItsCase() throws OutputParseException {
        assertEquals("3.12.3", parser.parse("VERSION : 3.12.3").version());
    }
}
