package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_wlc_ssh_show_sysinfo.textfsm, Apache-2.0.
class CiscoWlcSshParserTest {

    private final CiscoWlcSshParser parser = new CiscoWlcSshParser();

    @Test
    void readsTheDottedLabels() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                Manufacturer's Name.............................. Cisco Systems Inc.
                Product Name..................................... Cisco Controller
                Product Version.................................. 8.10.185.0
                RTOS Version..................................... 8.10.185.0
                Bootloader Version............................... 8.5.103.0
                Emergency Image Version.......................... 8.10.185.0

                Build Type....................................... DATA + WPS

                System Name...................................... campus-wlc-01
                System Location.................................. Building 4
                System Contact...................................
                IP Address....................................... 198.51.100.20
                Last Reset....................................... Software reset
                System Up Time................................... 14 days 2 hrs 5 mins 41 secs
                System Timezone Location.........................
                """);

        assertEquals(new ParsedVersion("8.10.185.0", null, null, "campus-wlc-01", "14 days 2 hrs 5 mins 41 secs",
                null, List.of()), parsed);
    }

    @Test
    void readsCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Product Name..................................... Cisco Controller\r\n"
                + "Product Version.................................. 8.5.182.0\r\n"
                + "System Name...................................... wlc2\r\n"
                + "System Up Time................................... 0 days 1 hrs 2 mins 3 secs\r\n"
                + "(Cisco Controller) >");

        assertEquals("8.5.182.0", parsed.version());
        assertEquals("wlc2", parsed.hostname());
        assertEquals("0 days 1 hrs 2 mins 3 secs", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutAProductVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("Incorrect usage. Use the '?' or <TAB> key to list commands.\n"));
    }

    @Test
    void readsEveryDottedLabelOfTheTemplate() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Manufacturer's Name.............................. Cisco Systems Inc.
                Product Name..................................... Cisco Controller
                Product Version.................................. 8.5.140.0
                Bootloader Version............................... 1.0.20
                Field Recovery Image Version..................... 7.6.101.1
                Firmware Version................................. FPGA 1.7, Env 1.8, USB console 2.2
                Build Type....................................... DATA + WPS

                System Name...................................... wlc-01
                System Location..................................
                System Contact...................................
                IP Address....................................... 10.0.0.5
                Last Reset....................................... Software reset
                System Up Time................................... 12 days 3 hrs 4 mins 5 secs
                System Timezone Location......................... (GMT) London
                Configured Country............................... GB  - United Kingdom
                Number of WLANs.................................. 4
                Number of Active Clients......................... 120
                Burned-in MAC Address............................ 00:11:22:33:44:55
                Maximum number of APs supported.................. 75
                """);

        assertEquals(new ParsedVersion("8.5.140.0", null, null, "wlc-01", "12 days 3 hrs 4 mins 5 secs", null,
                List.of()), parsed);
    }

    @Test
    void readsAShortLeaderAndAnyCase() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                PRODUCT VERSION. 8.10.151.0
                system name.... wlc-02
                """);

        assertEquals("8.10.151.0", parsed.version());
        assertEquals("wlc-02", parsed.hostname());
    }
}
