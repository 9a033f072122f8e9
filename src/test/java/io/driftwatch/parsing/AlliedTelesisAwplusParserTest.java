package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/allied_telesis_awplus_show_system.textfsm, Apache-2.0.
class AlliedTelesisAwplusParserTest {

    private final AlliedTelesisAwplusParser parser = new AlliedTelesisAwplusParser();

    @Test
    void readsAStandaloneSwitch() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Switch System Status                                    Tue Mar 12 09:01:55 2024

                Board      ID   Bay     Board Name                        Rev   Serial number
                --------------------------------------------------------------------------------
                Base       458  Base    AT-x230-28GP                      A-0   G1Q5C4001234
                --------------------------------------------------------------------------------
                RAM: Total: 512968 kB Free: 363440 kB
                Flash: 63.0MB Used: 27.4MB Available: 35.6MB
                --------------------------------------------------------------------------------
                Environment Status : Normal
                Uptime             : 12 days 03:14:15
                Bootloader version : 6.2.27

                Current software   : x230-5.5.2-2.3.rel
                Software version   : 5.5.2-2.3
                Build date         : Wed Nov 16 02:38:11 UTC 2022

                Current boot config: flash:/default.cfg (file exists)

                System Name
                 branch-sw4
                System Contact

                System Location

                branch-sw4#""");

        assertEquals(new ParsedVersion("x230-5.5.2-2.3.rel", "AT-x230-28GP", "G1Q5C4001234", "branch-sw4",
                "12 days 03:14:15", null, List.of(new ParsedVersion.Member("AT-x230-28GP", "G1Q5C4001234"))), parsed);
    }

    @Test
    void readsAStackWithCrlfAndNoSystemName() throws OutputParseException {
        ParsedVersion parsed = parser.parse("System Status                    Sun Feb 18 18:44:30 2024\r\n"
                + "\r\n"
                + "Stack member 1\r\n"
                + "\r\n"
                + "Board      ID   Bay     Board Name                        Rev   Serial number\r\n"
                + "Base       606  Base    AT-x530-28GTXm                    C-0   A10648A191200011\r\n"
                + "Uptime             : 4 days 01:02:03\r\n"
                + "\r\n"
                + "Stack member 2\r\n"
                + "\r\n"
                + "Board      ID   Bay     Board Name                        Rev   Serial number\r\n"
                + "Base       606  Base    AT-x530-28GTXm                    C-0   A10648A191200022\r\n"
                + "\r\n"
                + "Current software   : x530-5.5.4-0.1.rel\r\n"
                + "Software version   : 5.5.4-0.1\r\n"
                + "\r\n"
                + "System Name\r\n"
                + "System Contact\r\n");

        assertEquals("x530-5.5.4-0.1.rel", parsed.version());
        assertEquals("A10648A191200011", parsed.serial());
        assertNull(parsed.hostname());
        assertEquals(List.of(new ParsedVersion.Member("AT-x530-28GTXm", "A10648A191200011"),
                new ParsedVersion.Member("AT-x530-28GTXm", "A10648A191200022")), parsed.members());
    }

    @Test
    void rejectsOutputWithoutSoftware() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("% Invalid input detected at '^' marker.\nawplus#"));
    }

    @Test
    void readsABaseRowWithABlankBayAndIndentedRows() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Switch System Status                                   Mon Jan 10 10:00:00 2022

                Board       ID  Bay   Board Name                         Rev   Serial number
                --------------------------------------------------------------------------------
                  Base      383       x510-28GTX                         X0    A04931G103000042
                --------------------------------------------------------------------------------
                RAM:  Total: 512000 kB Free: 300000 kB
                Flash: 63.0MB Used: 40.0MB Available: 23.0MB
                --------------------------------------------------------------------------------
                Environment Status : Normal
                Uptime             : 3 days 04:05:06
                Bootloader version : 3.0.1

                Current software   : x510-5.4.9-2.5.rel
                Software version   : 5.4.9-2.5
                Build date         : Tue Jun 1 10:00:00 NZST 2021

                Current boot config: flash:/default.cfg (file exists)
                User Configured Territory: europe

                System Name
                 edge-sw-7
                System Contact

                System Location
                 Lab
                """);

        assertEquals(new ParsedVersion("x510-5.4.9-2.5.rel", "x510-28GTX", "A04931G103000042", "edge-sw-7",
                "3 days 04:05:06", null, List.of(new ParsedVersion.Member("x510-28GTX", "A04931G103000042"))),
                parsed);
    }

    @Test
    void listsEveryStackMemberUnderItsStackMemberHeading() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Stack member 1
                Board       ID  Bay   Board Name                         Rev   Serial number
                Base       433  Base  x930-28GTX                         B-0   G2Q7B8000001
                PSU        123  PSU1  PWR250                             A-0   P1000001
                Stack member 2
                Board       ID  Bay   Board Name                         Rev   Serial number
                Base       433  Base  x930-28GTX                         B-0   G2Q7B8000002
                current software   :  x930-5.5.0-1.1.rel
                """);

        assertEquals("x930-5.5.0-1.1.rel", parsed.version());
        assertEquals(List.of(new ParsedVersion.Member("x930-28GTX", "G2Q7B8000001"),
                new ParsedVersion.Member("x930-28GTX", "G2Q7B8000002")), parsed.members());
    }

    @Test
    void fallsBackToTheSoftwareVersionLine() throws OutputParseException {
        assertEquals("5.4.9-2.5", parser.parse("Software version   : 5.4.9-2.5").version());
    }
}
