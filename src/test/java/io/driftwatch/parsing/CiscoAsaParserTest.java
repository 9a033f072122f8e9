package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_asa_show_version.textfsm, Apache-2.0.
class CiscoAsaParserTest {

    private final CiscoAsaParser parser = new CiscoAsaParser();

    @Test
    void readsAnAppliance() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                Cisco Adaptive Security Appliance Software Version 9.16(4)57
                SSP Operating System Version 2.10(1.234)
                Device Manager Version 7.18(1)152

                Compiled on Thu 11-Jan-24 09:12 GMT by builders
                System image file is "disk0:/asa9-16-4-57-lfbff-k8.SPA"
                Config file at boot was "startup-config"

                edge-fw-2 up 212 days 4 hours
                failover cluster up 1 year 3 days

                Hardware:   ASA5525, 8192 MB RAM, CPU Lynnfield 2394 MHz, 1 CPU (4 cores)
                Internal ATA Compact Flash, 8192MB

                Licensed features for this platform:
                Maximum Physical Interfaces       : Unlimited      perpetual
                Failover                          : Active/Active  perpetual

                Serial Number: FCH1944J8AB
                Configuration register is 0x1
                Image type                : Release
                Configuration last modified by admin at 08:01:14.121 UTC Tue Mar 5 2024
                """);

        assertEquals(new ParsedVersion("9.16(4)57", "ASA5525", "FCH1944J8AB", "edge-fw-2", "212 days 4 hours",
                "disk0:/asa9-16-4-57-lfbff-k8.SPA", List.of()), parsed);
    }

    @Test
    void prefersTheModelIdAndReadsCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Cisco Adaptive Security Appliance Software Version 9.18(3)56 <system>\r\n"
                + "Device Manager Version 7.19(1)90\r\n"
                + "\r\n"
                + "ctx-fw up 3 hours 12 mins\r\n"
                + "\r\n"
                + "Hardware:   ASAv, 8192 MB RAM, CPU Xeon 4100/6100/8100 series 2200 MHz,\r\n"
                + "Model Id:   ASAv30\r\n"
                + "Serial Number: 9A8BCDEF012\r\n"
                + "ctx-fw# ");

        assertEquals("9.18(3)56", parsed.version());
        assertEquals("ASAv30", parsed.model());
        assertEquals("ctx-fw", parsed.hostname());
        assertEquals("3 hours 12 mins", parsed.uptime());
        assertEquals("9A8BCDEF012", parsed.serial());
        assertNull(parsed.image());
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("                    ^\nERROR: % Invalid input detected at '^' marker.\n"));
    }

    @Test
    void readsAnyProductBeforeSoftwareVersionAndAHardwareLineEndingInAComma() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco Adaptive Security Appliance Software Version 9.8(4)32 <context>
                Firepower Extensible Operating System Version 2.2(2.121)
                Device Manager Version 7.12(2)

                Compiled on Wed 18-Nov-20 09:19 GMT by builders
                System image file is "disk0:/asa984-32-smp-k8.bin"
                Config file at boot was "startup-config"

                fw-edge up 41 days 19 hours
                failover cluster up 41 days 19 hours

                Hardware:   ASA5516,
                Internal ATA Compact Flash, 8192MB
                Serial Number: JAD123456AB
                Serial Number: JAD654321BA
                Configuration register is 0x1
                """);

        assertEquals(new ParsedVersion("9.8(4)32", "ASA5516", "JAD123456AB", "fw-edge", "41 days 19 hours",
                "disk0:/asa984-32-smp-k8.bin", List.of()), parsed);
    }
}
