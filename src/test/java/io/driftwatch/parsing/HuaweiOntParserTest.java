package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
