package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
