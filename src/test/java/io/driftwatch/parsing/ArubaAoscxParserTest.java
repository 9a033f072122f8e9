package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/aruba_aoscx_show_system.textfsm, Apache-2.0.
class ArubaAoscxParserTest {

    private final ArubaAoscxParser parser = new ArubaAoscxParser();

    @Test
    void readsShowSystem() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Hostname           : core-sw1
                System Description : Core switch, hall B
                System Contact     : noc@example.net
                System Location    : Hall B

                Vendor             : Aruba
                Product Name       : R8N87A 6000 48G CL4 4SFP Swch
                Chassis Serial Nbr : CN12KX304F
                Base MAC Address   : 1c28af-123400
                ArubaOS-CX Version : PL.10.12.1010

                Time Zone          : Europe/Berlin

                Up Time            : 3 weeks, 2 days, 1 hour, 7 minutes
                CPU Util (%)       : 4
                Memory Usage (%)   : 31
                core-sw1#""");

        assertEquals(new ParsedVersion("PL.10.12.1010", "R8N87A 6000 48G CL4 4SFP Swch", "CN12KX304F", "core-sw1",
                "3 weeks, 2 days, 1 hour, 7 minutes", null, List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Hostname           : edge-9\r\n"
                + "Product Name       : JL658A 6300M 24SFP+ 4SFP56 Swch\r\n"
                + "Chassis Serial Nbr : SG0AKN1234\r\n"
                + "ArubaOS-CX Version : FL.10.13.1000\r\n"
                + "Up Time            : 12 minutes\r\n");

        assertEquals("FL.10.13.1000", parsed.version());
        assertEquals("JL658A 6300M 24SFP+ 4SFP56 Swch", parsed.model());
        assertEquals("SG0AKN1234", parsed.serial());
        assertEquals("edge-9", parsed.hostname());
        assertEquals("12 minutes", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("% Invalid input detected at '^' marker.\nsw1#"));
    }

    @Test
    void readsEveryLabelOfTheTemplateWithEmptyContactAndLocation() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Hostname           : sw-core-01
                System Description : PL.10.06.0001
                System Contact     :
                System Location    :

                Vendor             : Aruba
                Product Name       : JL659A 6300M 48SR5 CL6 PoE 4SFP56 Swch
                Chassis Serial Nbr : SG0ZKMX05F
                Base MAC Address   : 883a30-99e6c0
                ArubaOS-CX Version : PL.10.06.0001

                Time Zone          : UTC

                Up Time            : 3 weeks, 1 day, 2 hours, 5 minutes
                CPU Util (%)       : 3
                Memory Usage (%)   : 22
                """);

        assertEquals(new ParsedVersion("PL.10.06.0001", "JL659A 6300M 48SR5 CL6 PoE 4SFP56 Swch", "SG0ZKMX05F",
                "sw-core-01", "3 weeks, 1 day, 2 hours, 5 minutes", null, List.of()), parsed);
    }

    @Test
    void readsAnUptimeOfUnderAMinute() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Hostname           : lab
                ArubaOS-CX Version : FL.10.04.3000
                Up Time            : under a minute
                """);

        assertEquals("under a minute", parsed.uptime());
        assertEquals("lab", parsed.hostname());
    }
}
