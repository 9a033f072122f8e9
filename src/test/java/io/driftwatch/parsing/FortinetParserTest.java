package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Alternatives from ntc-templates' ntc_templates/templates/fortinet_get_system_status.textfsm (Apache-2.0).
class FortinetParserTest {

    private final FortinetParser parser = new FortinetParser();

    @Test
    void keepsTheWholeVersionLineAndReadsTheModelFromIt() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Version: FortiGate-100F v7.2.10,build1706,240918 (GA.M)
                First GA patch build date: 220331
                Security Level: 1
                Firmware Signature: certified
                Virus-DB: 92.07612(2024-10-01 10:24)
                IPS-DB: 28.00915(2024-09-30 01:21)
                Serial-Number: FG100FTK21000123
                BIOS version: 05000012
                System Part-Number: P23801-06
                Log hard disk: Not available
                Hostname: branch-fgt-07
                Private Encryption: Disable
                Operation Mode: NAT
                Current HA mode: a-p, primary
                Cluster uptime: 12 days, 1 hours, 4 minutes, 9 seconds
                Branch point: 1706
                Release Version Information: GA
                System time: Wed Oct  2 11:15:40 2024
                """);

        assertEquals(new ParsedVersion("FortiGate-100F v7.2.10,build1706,240918 (GA.M)", "FortiGate-100F",
                "FG100FTK21000123", "branch-fgt-07", null, null, List.of()), parsed);
    }

    @Test
    void readsCrlfAndAVirtualMachine() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Version: FortiGate-VM64-KVM v7.4.3,build2573,240201 (GA.M)\r\n"
                + "Serial-Number: FGVMEVABCDEF1234\r\n"
                + "BIOS version: 04000002\r\n"
                + "Hostname: lab-fgt \r\n"
                + "Release Version Information: GA\r\n"
                + "lab-fgt # ");

        assertEquals("FortiGate-VM64-KVM v7.4.3,build2573,240201 (GA.M)", parsed.version());
        assertEquals("FortiGate-VM64-KVM", parsed.model());
        assertEquals("lab-fgt", parsed.hostname());
        assertNull(parsed.uptime());
    }

    @Test
    void readsTheFortiOs74LayoutWithItsNewDatabaseAndRebootLines() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Version: FortiGate-1500D v7.4.1,build2463,230830 (GA.F)
                Security Level: 2
                Firmware Signature: certified
                Virus-DB: 91.07419(2023-09-22 13:20)
                Extended DB: 91.07419(2023-09-22 13:19)
                AV AI/ML Model: 2.13187(2023-09-22 12:40)
                Extreme DB: 1.00000(2018-04-09 18:07)
                IPS-DB: 25.00647(2023-09-21 01:23)
                IPS-ETDB: 0.00000(2001-01-01 00:00)
                APP-DB: 25.00647(2023-09-21 01:23)
                FMWP-DB: 24.00003(2023-08-29 15:35)
                INDUSTRIAL-DB: 25.00647(2023-09-21 01:23)
                IPS Malicious URL Database: 4.00773(2023-09-22 11:52)
                IoT-Detect: 25.00647(2023-09-20 14:03)
                OT-Detect-DB: 0.00000(2001-01-01 00:00)
                OT-Patch-DB: 0.00000(2001-01-01 00:00)
                OT-Threat-DB: 6.00741(2015-12-01 02:30)
                IPS-Engine: 7.00337(2023-07-31 21:40)
                Serial-Number: FG1K5D3I14800001
                Botnet DB: 4.00773(2023-09-22 11:52)
                BIOS version: 04000016
                System Part-Number: P14450-05
                Log hard disk: Available
                Hostname: dc-fw-01
                Private Encryption: Disable
                Operation Mode: NAT
                Current virtual domain: root
                Max number of virtual domains: 10
                Virtual domains status: 3 in NAT mode, 0 in TP mode
                Virtual domain configuration: multiple
                FIPS-CC mode: disable
                Current HA mode: a-p, master
                Cluster uptime: 41 days, 2 hours, 12 minutes, 40 seconds
                Cluster state change time: 2023-09-01 09:10:11
                Branch point: 2463
                Release Version Information: GA
                FortiOS x86-64: Yes
                System time: Fri Sep 22 14:03:11 2023
                Last reboot reason: warm reboot
                """);

        assertEquals(new ParsedVersion("FortiGate-1500D v7.4.1,build2463,230830 (GA.F)", "FortiGate-1500D",
                "FG1K5D3I14800001", "dc-fw-01", null, null, List.of()), parsed);
    }

    @Test
    void readsTheShortFortiOs56Layout() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Version: FortiGate-60E v5.6.3,build1547,171204 (GA)
                Virus-DB: 55.00714(2017-10-03 13:21)
                IPS-DB: 12.00242(2017-10-04 00:04)
                Serial-Number: FGT60E4Q16000001
                Hostname: shop-fgt
                Operation Mode: NAT
                Current virtual domain: root
                Branch point: 1547
                """);

        assertEquals(new ParsedVersion("FortiGate-60E v5.6.3,build1547,171204 (GA)", "FortiGate-60E",
                "FGT60E4Q16000001", "shop-fgt", null, null, List.of()), parsed);
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("Unknown action 0\nCommand fail. Return code -1\n"));
    }
}
