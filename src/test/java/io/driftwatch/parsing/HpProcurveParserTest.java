package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/hp_procurve_show_system.textfsm, Apache-2.0.
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

    @Test
    void readsTheSoftwareRevisionOnALineOfItsOwnWithoutTheHeader() throws OutputParseException {
        // The template's one-column form: "Software revision" and "Base MAC Addr" on separate lines.
        ParsedVersion parsed = parser.parse("""
                  System Name        : edge-12
                  Software revision  : WC.16.10.0014
                  Base MAC Addr      : 548028-aabbd0
                  ROM Version        : WC.16.01.0008        Serial Number      : CN12ABC345
                  Up Time            : 7 mins             Memory   - Total   : 338,285,056
                """);

        assertEquals(new ParsedVersion("WC.16.10.0014", null, "CN12ABC345", "edge-12", "7 mins", null,
                List.of(new ParsedVersion.Member(null, "CN12ABC345"))), parsed);
    }

    @Test
    void readsVsfMemberHeadersWithoutABlankBeforeTheColon() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  System Name        : VSF-2
                  Software revision  : KB.16.10.0003
                 VSF-Member: 1
                  Up Time            : 3 days
                  Serial Number      : SG01
                 VSF-Member: 2
                  Up Time            : 2 days
                  Serial Number      : SG02
                """);

        assertEquals("3 days", parsed.uptime());
        assertEquals(List.of(new ParsedVersion.Member(null, "SG01"), new ParsedVersion.Member(null, "SG02")),
                parsed.members());
    }

    @Test
    void readsLabelsInAnyCaseAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  SYSTEM NAME: core
                  software revision : K.15.06.0017   Base MAC Addr : 7446a0-41a56f
                  ROM Version : K.15.29   serial number : --
                  up time : --
                """);

        assertEquals(new ParsedVersion("K.15.06.0017", null, null, "core", null, null, List.of()), parsed);
    }
}
