package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_fxos_show_system_firmware.textfsm, Apache-2.0.
class CiscoFxosParserTest {

    private final CiscoFxosParser parser = new CiscoFxosParser();

    @Test
    void readsTheRunningVersionNotTheStartupOne() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                    Version: 2.14(1.167)
                    Startup-Vers: 2.14(1.170)
                """);

        assertEquals(new ParsedVersion("2.14(1.167)", null, null, null, null, null, List.of()), parsed);
    }

    @Test
    void readsCrlfWithoutAFinalNewline() throws OutputParseException {
        assertEquals("2.12(0.498)",
                parser.parse("    Version: 2.12(0.498)\r\n    Startup-Vers: 2.12(0.498)").version());
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class, () -> parser.parse("    Startup-Vers: 2.12(0.498)\n"));
    }

    @Test
    void ignoresTheStartupVersionWhicheverComesFirst() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                    Startup-Vers: 2.3(1.73)
                    Version: 2.3(1.58)
                """);

        assertEquals("2.3(1.58)", parsed.version());
    }
}
