package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("Unknown action 0\nCommand fail. Return code -1\n"));
    }
}
