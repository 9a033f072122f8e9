package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/arista_eos_show_version.textfsm, Apache-2.0.
class AristaEosParserTest {

    private final AristaEosParser parser = new AristaEosParser();

    @Test
    void readsAFixedSwitch() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Arista DCS-7050SX3-48YC8-F
                Hardware version: 11.02
                Serial number: JPE21234567
                Hardware MAC address: 444c.a812.3456
                System MAC address: 444c.a812.3456

                Software image version: 4.30.2F
                Architecture: x86_64
                Internal build version: 4.30.2F-33092737.4302F
                Internal build ID: 0f5c4d1e-1111-2222-3333-444455556666
                Image format version: 3.0
                Image optimization: Strata-4GB

                Uptime: 2 weeks, 3 days, 4 hours and 5 minutes
                Total memory: 8098984 kB
                Free memory: 5617756 kB

                leaf1#""");

        assertEquals(new ParsedVersion("4.30.2F", "DCS-7050SX3-48YC8-F", "JPE21234567", null,
                "2 weeks, 3 days, 4 hours and 5 minutes", null, List.of()), parsed);
    }

    @Test
    void readsAModularChassisAsOneUnit() throws OutputParseException {
        // EOS reports a modular chassis by its chassis serial only; supervisors are not listed.
        ParsedVersion parsed = parser.parse("""
                Arista DCS-7504N
                Hardware version:    02.00
                Deviations:          D0000123
                Serial number:       HSH15012345
                System MAC address:  2899.3a00.0001

                Software image version: 4.28.9M
                Architecture:           i686

                Uptime:                 1 hour and 5 minutes
                """);

        assertEquals("4.28.9M", parsed.version());
        assertEquals("DCS-7504N", parsed.model());
        assertEquals("HSH15012345", parsed.serial());
        assertEquals("1 hour and 5 minutes", parsed.uptime());
        assertTrue(parsed.members().isEmpty());
    }

    @Test
    void readsVirtualEosWithCrlfAndNoSerial() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Arista vEOS-lab\r\n"
                + "Hardware version:    \r\n"
                + "Serial number:       \r\n"
                + "\r\n"
                + "Software image version: 4.32.1F-37265360.4321F (engineering build)\r\n"
                + "Uptime: 1 hour and 16 minutes");

        assertEquals("4.32.1F-37265360.4321F", parsed.version());
        assertEquals("vEOS-lab", parsed.model());
        assertNull(parsed.serial());
    }

    @Test
    void rejectsOutputWithoutASoftwareImageVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("% Invalid input\nleaf1>"));
    }

    @Test
    void readsTheOutputOfReleasesWithoutAnUptimeLine() throws OutputParseException {
        // The template's older form ends the record at "Free memory": no uptime is printed.
        ParsedVersion parsed = parser.parse("""
                Arista DCS-7150S-64-CL-R
                Hardware version:    01.01
                Serial number:       JPE13120702
                System MAC address:  001c.7326.fd0c

                Software image version: 4.13.1F
                Architecture:           i386
                Internal build version: 4.13.1F-1738215.4131F
                Internal build ID:      32ec2b47-6f8b-4e61-a8f7-7e1ed08d9fa2

                Total memory:           3978148 kB
                Free memory:            1330476 kB
                """);

        assertEquals(new ParsedVersion("4.13.1F", "DCS-7150S-64-CL-R", "JPE13120702", null, null, null, List.of()),
                parsed);
    }

    @Test
    void readsLabelsWhateverTheirCaseAndSpacing() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                arista  vEOS-lab
                SERIAL   NUMBER :  ABC123
                software  image  version:  4.25.0F (engineering build)
                uptime : 5 minutes
                """);

        assertEquals("4.25.0F", parsed.version());
        assertEquals("vEOS-lab", parsed.model());
        assertEquals("ABC123", parsed.serial());
        assertEquals("5 minutes", parsed.uptime());
    }

    @Test
    void reportsAPlaceholderSerialAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Arista vEOS
                Serial number: N/A
                Software image version: 4.25.0F
                """);

        assertNull(parsed.serial());
    }
}
