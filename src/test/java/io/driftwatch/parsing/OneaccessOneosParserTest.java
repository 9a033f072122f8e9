package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/oneaccess_oneos_show_system_status.textfsm, Apache-2.0.
class OneaccessOneosParserTest {

    private final OneaccessOneosParser parser = new OneaccessOneosParser();

    @Test
    void readsSystemStatus() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                System Information for device ONE1540 S/N T1919007712345

                Software version    : OneOS-pCPE-ARM_pi1-6.8.2m1
                Software created on : 2022-06-14 10:02:11
                Boot version        : BOOT-ARM_hw1-3.1.3

                Current system time : 2023-03-01 10:00:00+0100
                System started      : 2023-02-01 08:00:00+0100
                Start caused by     : Power on
                Sys Up time         : 28d 2h 0m 0s

                Core    Type     last sec  last min  last hour  last day  last 72 hours
                 0     control      2.0 %     3.0 %      3.0 %     3.0 %      3.0 %
                """);

        assertEquals(new ParsedVersion("OneOS-pCPE-ARM_pi1-6.8.2m1", null, "T1919007712345", null, "28d 2h 0m 0s", null,
                List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("System Information for device LBB_4G S/N T2030001122334\r\n\r\n"
                + "Software version    : OneOS-pCPE-ARM_pi1-6.4.3\r\n"
                + "Sys Up time         : 0d 1h 2m 3s");

        assertEquals("OneOS-pCPE-ARM_pi1-6.4.3", parsed.version());
        assertEquals("T2030001122334", parsed.serial());
        assertEquals("0d 1h 2m 3s", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutASoftwareVersion() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("% Unrecognized command\nrouter#"));
        assertTrue(e.getMessage().contains("Software version"), e.getMessage());
    }

    @Test
    void readsEveryTemplateLineWithAnUptimeWithoutDays() throws OutputParseException {
        // The template's uptime parts are each optional ("2h 5m 3s"); recovery, flags and reload reason are skipped.
        ParsedVersion parsed = parser.parse("""
                System Information for device PBXPLUG_401 S/N:T18170081680004

                Software version    : OneOS-pCPE-PPC_pi2-6.6.1m3
                Boot version        : BOOT-PPC_hw2-2.0.5
                Boot Flags          : 0x0
                Recovery version    : OneOs-RCY-PPC_pi2-1.2.1
                Current system time : 2023-01-06 09:38:12+0100
                System started      : 2023-01-06 07:33:09+0100
                Start caused by     : Generic software reboot request
                Sys Up time         : 2h 5m 3s
                """);

        assertEquals(new ParsedVersion("OneOS-pCPE-PPC_pi2-6.6.1m3", null, "T18170081680004", null, "2h 5m 3s", null,
                List.of()), parsed);
    }

    @Test
    void readsLabelsInAnyCaseAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                SOFTWARE VERSION: OneOS-pCPE-ARM_pi1-6.8.2m1
                sys up time : --
                """);

        assertEquals("OneOS-pCPE-ARM_pi1-6.8.2m1", parsed.version());
        assertNull(parsed.serial());
        assertNull(parsed.uptime());
    }
}
