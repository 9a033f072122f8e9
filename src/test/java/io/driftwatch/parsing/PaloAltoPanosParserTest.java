package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/paloalto_panos_show_system_info.textfsm, Apache-2.0.
class PaloAltoPanosParserTest {

    private final PaloAltoPanosParser parser = new PaloAltoPanosParser();

    @Test
    void readsTheOsVersionNotTheContentVersions() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                hostname: dc-edge-pa1
                ip-address: 192.0.2.10
                netmask: 255.255.255.0
                default-gateway: 192.0.2.1
                mac-address: 00:1b:17:00:01:10
                time: Mon Feb 12 10:22:01 2024
                uptime: 41 days, 7:02:13
                family: 3200
                model: PA-3220
                serial: 013201004567
                sw-version: 10.2.7-h3
                global-protect-client-package-version: 6.2.1
                app-version: 8812-8510
                av-version: 4712-5230
                threat-version: 8812-8510
                logdb-version: 10.2.1
                operational-mode: normal
                """);

        assertEquals(new ParsedVersion("10.2.7-h3", "PA-3220", "013201004567", "dc-edge-pa1", "41 days, 7:02:13",
                null, List.of()), parsed);
    }

    @Test
    void readsCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("hostname: pa-vm-2\r\n"
                + "uptime: 0 days, 0:15:00\r\n"
                + "model: PA-VM\r\n"
                + "serial: 007954000123456\r\n"
                + "sw-version: 11.1.2\r\n"
                + "app-version: 8800-8400\r\n"
                + "\r\n"
                + "admin@pa-vm-2> ");

        assertEquals("11.1.2", parsed.version());
        assertEquals("PA-VM", parsed.model());
        assertEquals("007954000123456", parsed.serial());
        assertEquals("pa-vm-2", parsed.hostname());
    }

    @Test
    void rejectsOutputWithoutASwVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("Unknown command: sytem\nadmin@pa1> "));
    }

    @Test
    void reportsTheUnknownSerialOfAnUnlicensedVmAsAbsent() throws OutputParseException {
        // The template's VM lines (vm-license, vm-mode) and the platform, VPN and vsys lines it reads are skipped.
        ParsedVersion parsed = parser.parse("""
                hostname: pa1
                ip-address: 192.0.2.20
                netmask: 255.255.255.0
                default-gateway: 192.0.2.1
                mac-address: 00:50:56:00:00:01
                uptime: 2 days, 2:38:49
                family: vm
                model: PA-VM
                serial: unknown
                vm-license: none
                vm-mode: VMware ESXi
                sw-version: 7.0.1
                platform-family: vm
                vpn-disable-mode: off
                multi-vsys: off
                operational-mode: normal
                """);

        assertEquals(new ParsedVersion("7.0.1", "PA-VM", null, "pa1", "2 days, 2:38:49", null, List.of()), parsed);
    }

    @Test
    void readsKeysInAnyCaseAndSpacing() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  Hostname :  fw-2
                  SW-Version:10.1.9
                  Model : PA-440
                """);

        assertEquals("10.1.9", parsed.version());
        assertEquals("fw-2", parsed.hostname());
        assertEquals("PA-440", parsed.model());
    }
}
