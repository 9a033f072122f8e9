package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
