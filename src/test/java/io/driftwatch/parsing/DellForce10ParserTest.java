package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/dell_force10_show_version.textfsm (its older layout), Apache-2.0.
class DellForce10ParserTest {

    private final DellForce10Parser parser = new DellForce10Parser();

    @Test
    void readsADellNetworkingSwitch() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Dell Real Time Operating System Software
                Dell Operating System Version:  2.0
                Dell Application Software Version:  9.14(2.4)
                Copyright (c) 1999-2019 by Dell Inc. All Rights Reserved.
                Build Time: Thu Nov 14 00:44:33 2019
                Build Path: /build/build01/SW/SRC
                Dell Networking OS uptime is 5 week(s), 1 day(s), 22 hour(s), 3 minute(s)

                System image file is "system://B"

                System Type: S4048-ON
                Control Processor: Intel Rangeley with 3 Gbytes (3203911680 bytes) of memory, core(s) 2.

                16G bytes of boot flash memory.
                tor-12#""");

        assertEquals(new ParsedVersion("9.14(2.4)", "S4048-ON", null, null,
                "5 week(s), 1 day(s), 22 hour(s), 3 minute(s)", "system://B", List.of()), parsed);
    }

    @Test
    void readsAnOlderForce10SwitchWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Force10 Networks Real Time Operating System Software\r\n"
                + "Force10 Operating System Version: 1.0\r\n"
                + "Force10 Application Software Version: 8.3.12.1\r\n"
                + "Force10 Networks OS uptime is 2 day(s), 4 hour(s), 41 minute(s)\r\n"
                + "System Type: S4810 \r\n");

        assertEquals("8.3.12.1", parsed.version());
        assertEquals("S4810", parsed.model());
        assertEquals("2 day(s), 4 hour(s), 41 minute(s)", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutAnApplicationVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("% Error: Invalid input at \"^\" marker.\nsw#"));
    }

    @Test
    void readsTheTemplatesThreeLinesAlone() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Dell Application Software Version: 9.11(0.0P6)
                Dell Networking OS uptime is 12 minute(s)
                System Type: S6000-ON
                """);

        assertEquals(new ParsedVersion("9.11(0.0P6)", "S6000-ON", null, null, "12 minute(s)", null, List.of()),
                parsed);
    }

    @Test
    void readsAChassisTypeInAnyCaseAndSpacing() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                FORCE10 APPLICATION SOFTWARE VERSION :  8.4.2.7
                Force10 Networks OS uptime is 3 day(s)
                Chassis Type :   E1200i
                """);

        assertEquals("8.4.2.7", parsed.version());
        assertEquals("E1200i", parsed.model());
        assertEquals("3 day(s)", parsed.uptime());
    }

    @Test
    void reportsAPlaceholderSystemTypeAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Dell Application Software Version: 9.14(2.4)
                System Type: N/A
                """);

        assertNull(parsed.model());
    }
}
