package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/huawei_ont_display_version.textfsm, Apache-2.0.
class HuaweiOntParserTest {

    private final HuaweiOntParser parser = new HuaweiOntParser();

    @Test
    void readsDisplayVersion() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                hardware version          = 1A2.B
                main software version     = V5R020C00S050
                standby software version  = V5R019C10S125
                uboot version             = 2015.07

                success!
                WAP>""");

        assertEquals(new ParsedVersion("V5R020C00S050", null, null, null, null, null, List.of()), parsed);
    }

    @Test
    void readsDisplayInnerVersionWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("MainVersion      : V500R020C10SPC050B011 \r\n"
                + "StandbyVersion   : V500R019C10SPC125B004 \r\n"
                + "ComponentVersion : not exist\r\n"
                + "\r\n"
                + "success!\r\n");

        assertEquals("V500R020C10SPC050B011", parsed.version());
        assertNull(parsed.model());
    }

    @Test
    void rejectsAFailedCommand() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("ERROR::Command is not existed\nWAP>"));
        assertTrue(e.getMessage().contains("MainVersion"), e.getMessage());
    }

    @Test
    void readsAVersionOfSeveralWordsByItsFirstWord() throws OutputParseException {
        // The template's values run to the line's last non-blank; the bank's release is the first word.
        ParsedVersion parsed = parser.parse("""
                hardware version = 1A2.B
                main software version = V5R020C00S050 (build 12)
                standby software version = V5R019C10S125
                uboot version = 2015.07
                success!
                """);

        assertEquals("V5R020C00S050", parsed.version());
    }

    @Test
    void readsLabelsInAnyCaseAndSkipsAPlaceholderMainVersion() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                MAIN SOFTWARE VERSION = --
                MainVersion : V500R020C10SPC050B011
                """);

        assertEquals("V500R020C10SPC050B011", parsed.version());
        assertNull(parsed.model());
    }
}
