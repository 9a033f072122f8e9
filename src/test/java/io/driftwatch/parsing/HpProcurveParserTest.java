package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HpProcurveParserTest {

    private final HpProcurveParser parser = new HpProcurveParser();

    @Test
    void readsTheTwoColumnLayoutOfAStandaloneSwitch() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                 Status and Counters - General System Information

                  System Name        : floor2 closet A
                  System Contact     : it-ops
                  System Location    : Floor 2

                  MAC Age Time (sec) : 300

                  Time Zone          : 60
                  Daylight Time Rule : Western-Europe

                  Software revision  : YA.16.11.0012        Base MAC Addr      : 9457a5-6c7d00
                  ROM Version        : YA.15.20            Serial Number      : SG78JQP0BX

                  Up Time            : 123 days             Memory   - Total   : 339,329,536
                  CPU Util (%)       : 3                               Free    : 205,119,168
                """);

        assertEquals(new ParsedVersion("YA.16.11.0012", null, "SG78JQP0BX", "floor2 closet A", "123 days", null,
                List.of(new ParsedVersion.Member(null, "SG78JQP0BX"))), parsed);
    }

    @Test
    void readsEveryVsfMemberWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse(" Status and Counters - General System Information\r\n"
                + "\r\n"
                + "  System Name        : CORE-VSF\r\n"
                + "  Software revision  : KB.16.11.0005\r\n"
                + "  Base MAC Addr      : 88e9a4-001100\r\n"
                + "\r\n"
                + " VSF-Member :1\r\n"
                + "\r\n"
                + "  ROM Version        : KB.16.01.0009\r\n"
                + "  Up Time            : 12 days\r\n"
                + "  Serial Number      : SG9AKQ0011\r\n"
                + "\r\n"
                + " VSF-Member :2\r\n"
                + "\r\n"
                + "  ROM Version        : KB.16.01.0009\r\n"
                + "  Up Time            : 12 days\r\n"
                + "  Serial Number      : SG9AKQ0022\r\n");

        assertEquals("KB.16.11.0005", parsed.version());
        assertEquals("CORE-VSF", parsed.hostname());
        assertEquals("SG9AKQ0011", parsed.serial());
        assertEquals("12 days", parsed.uptime());
        assertEquals(
                List.of(new ParsedVersion.Member(null, "SG9AKQ0011"), new ParsedVersion.Member(null, "SG9AKQ0022")),
                parsed.members());
    }

    @Test
    void handsShowVersionOfAnAccessPointToTheArubaOsShapes() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Aruba Operating System Software.
                ArubaOS (MODEL: 515), Version 8.11.2.1
                Website: http://www.arubanetworks.com
                AP uptime is 3 hours 12 minutes 40 seconds
                """);

        assertEquals("8.11.2.1", parsed.version());
        assertEquals("515", parsed.model());
        assertEquals("3 hours 12 minutes 40 seconds", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("Invalid input: sytem\nswitch#"));
    }
}
