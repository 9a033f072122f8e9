package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_nxos_show_version.textfsm, Apache-2.0.
class CiscoNxosParserTest {

    private final CiscoNxosParser parser = new CiscoNxosParser();

    @Test
    void readsANexus9000() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco Nexus Operating System (NX-OS) Software
                TAC support: http://www.cisco.com/tac

                Software
                  BIOS: version 05.47
                  NXOS: version 9.3(10)
                  BIOS compile time:  04/28/2022
                  NXOS image file is: bootflash:///nxos.9.3.10.bin
                  NXOS compile time:  8/15/2022 12:00:00 [08/15/2022 21:03:18]

                Hardware
                  cisco Nexus9000 C93180YC-FX Chassis
                  Intel(R) Xeon(R) CPU D-1528 @ 1.90GHz with 24569476 kB of memory.
                  Processor Board ID FDO24151XYZ

                  Device name: leaf-101
                  bootflash:   115805708 kB
                Kernel uptime is 12 day(s), 3 hour(s), 4 minute(s), 5 second(s)

                Last reset at 123 usecs after Mon Jan  9 10:00:00 2023
                  Reason: Reset Requested by CLI command reload
                  System version: 9.3(8)
                  Service:
                leaf-101#""");

        assertEquals(new ParsedVersion("9.3(10)", "C93180YC-FX", "FDO24151XYZ", "leaf-101",
                "12 day(s), 3 hour(s), 4 minute(s), 5 second(s)", "bootflash:///nxos.9.3.10.bin", List.of()), parsed);
    }

    @Test
    void readsAModularChassisWithKickstartAndSystemImages() throws OutputParseException {
        // show version describes a multi-module chassis as one unit: there are no members to list.
        ParsedVersion parsed = parser.parse("""
                Software
                  BIOS:      version 2.12.0
                  kickstart: version 6.2(20a)
                  system:    version 6.2(20a)
                  power-seq: Module 1: version v1.0
                             Module 3: version v5.0
                  kickstart image file is: bootflash:///n7000-s2-kickstart.6.2.20a.bin
                  system image file is:    bootflash:///n7000-s2-dk9.6.2.20a.bin

                Hardware
                  cisco Nexus7000 C7010 (10 Slot) Chassis ("Supervisor Module-2")
                  Intel(R) Xeon(R) CPU         with 32745068 kB of memory.
                  Processor Board ID JAF1234ABCD

                  Device name: core-1
                Kernel uptime is 400 day(s), 0 hour(s), 1 minute(s), 2 second(s)

                Last reset
                  System version: 6.2(16)
                """);

        assertEquals("6.2(20a)", parsed.version());
        assertEquals("C7010", parsed.model());
        assertEquals("bootflash:///n7000-s2-kickstart.6.2.20a.bin", parsed.image());
        assertTrue(parsed.members().isEmpty());
    }

    @Test
    void keepsTheReleaseKindAndReadsCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Software\r\n"
                + "  NXOS: version 10.3(4a) [Maintenance Release]\r\n"
                + "  NXOS image file is: bootflash:///nxos64-cs.10.3.4a.M.bin\r\n"
                + "Hardware\r\n"
                + "  cisco Nexus 5596 Chassis (\"O2 48X10GE/Modular Supervisor\")\r\n"
                + "  Device name: n5k-1\r\n");

        assertEquals("10.3(4a) [Maintenance Release]", parsed.version());
        assertEquals("5596", parsed.model());
        assertEquals("n5k-1", parsed.hostname());
    }

    @Test
    void readsAnAciLeafThatNamesOnlyTheProductId() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Software
                  kickstart: version 16.0(9e) [build 16.0(9e)]
                  system:    version 16.0(9e) [build 16.0(9e)]
                Hardware
                  cisco N9K-C93180LC-EX ("supervisor")
                  Processor Board ID FDO1234ABCD
                """);

        assertEquals("C93180LC-EX", parsed.model());
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class, () -> parser.parse("Cisco Nexus Operating System (NX-OS) Software\n"));
    }

    @Test
    void readsTheTemplatesAlternativeModelLinesAndALowerCaseBoardId() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Software
                  BIOS: version 2.12.0
                  kickstart: version 6.2(20)
                  system:    version 6.2(20)
                  kickstart image file is: bootflash:///n7000-s2-kickstart.6.2.20.bin
                  system image file is:    bootflash:///n7000-s2-dk9.6.2.20.bin

                Hardware
                  cisco Nexus7000 C7010 (10 Slot) supervisor module-2 with 32745060 kB of memory.
                  Processor board ID JAF1234ABCD

                  Device name: n7k-1
                  bootflash:    2007040 kB

                Kernel uptime is 100 day(s), 1 hour(s), 2 minute(s), 3 second(s)
                """);

        assertEquals(new ParsedVersion("6.2(20)", "C7010", "JAF1234ABCD", "n7k-1",
                "100 day(s), 1 hour(s), 2 minute(s), 3 second(s)", "bootflash:///n7000-s2-kickstart.6.2.20.bin",
                List.of()), parsed);
    }

    @Test
    void readsTheNexus5000ChassisWithASpace() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  NXOS: version 7.3(8)N1(1)
                  cisco Nexus 5596 Chassis ("O2 48X10GE/Modular Supervisor")
                """);

        assertEquals("5596", parsed.model());
    }
}
