package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_xr_show_version.textfsm, Apache-2.0.
class CiscoXrParserTest {

    private final CiscoXrParser parser = new CiscoXrParser();

    @Test
    void reads64BitXr() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Mon Oct  2 09:14:11.123 UTC
                Cisco IOS XR Software, Version 7.3.2
                Copyright (c) 2013-2021 by Cisco Systems, Inc.

                Build Information:
                 Built By     : ingunawa
                 Built On     : Wed Oct 13 20:00:00 PDT 2021
                 Built Host   : iox-ucs-025
                 Workspace    : /auto/srcarchive17/prod/7.3.2/ncs5500/ws
                 Version      : 7.3.2
                 Location     : /opt/cisco/XR/packages/
                 Label        : 7.3.2

                cisco NCS-5500 () processor
                System uptime is 2 weeks, 3 days, 4 hours, 5 minutes
                """);

        assertEquals(new ParsedVersion("7.3.2", "NCS-5500", null, null,
                "2 weeks, 3 days, 4 hours, 5 minutes", "/opt/cisco/XR/packages/", List.of()), parsed);
    }

    @Test
    void readsA32BitMultiNodeChassisAndTheChassisName() throws OutputParseException {
        // XR show version names no units with serials, so a multi-node chassis still has no members.
        ParsedVersion parsed = parser.parse("""
                Cisco IOS XR Software, Version 5.3.4[Default]
                Copyright (c) 2016 by Cisco Systems, Inc.

                ROM: System Bootstrap, Version 2.04(20140424:063844) [ASR9K ROMMON],

                pe-north-1 uptime is 1 year, 4 weeks, 2 days, 1 hour, 7 minutes
                System image file is "disk0:asr9k-os-mbi-5.3.4.sp6-1.0.0/0x100305/mbiasr9k-rsp3.vm"

                cisco ASR9K Series (Intel 686 F6M14S4) processor with 12582912K bytes of memory.
                Intel 686 F6M14S4 processor at 2134MHz, Revision 2.174
                ASR 9006 4 Line Card Slot Chassis with V2 AC PEM

                Configuration register on node 0/RSP0/CPU0 is 0x1922
                Boot device on node 0/RSP0/CPU0 is disk0:
                Configuration register on node 0/RSP1/CPU0 is 0x1922
                Boot device on node 0/RSP1/CPU0 is disk0:
                """);

        assertEquals("5.3.4", parsed.version());
        assertEquals("ASR 9006", parsed.model());
        assertEquals("pe-north-1", parsed.hostname());
        assertEquals("1 year, 4 weeks, 2 days, 1 hour, 7 minutes", parsed.uptime());
        assertEquals("disk0:asr9k-os-mbi-5.3.4.sp6-1.0.0/0x100305/mbiasr9k-rsp3.vm", parsed.image());
        assertTrue(parsed.members().isEmpty());
    }

    @Test
    void readsXr7OnCisco8000WithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Cisco IOS XR Software, Version 7.9.2 LNT\r\n"
                + "Build Information:\r\n"
                + " Version      : 7.9.2\r\n"
                + "\r\n"
                + "cisco 8000 (Intel(R) Xeon(R) CPU D-1530 @ 2.41GHz)\r\n"
                + "cisco 8202-32FH-M (Intel(R) Xeon(R) CPU D-1530 @ 2.41GHz) processor with 64GB of memory\r\n"
                + "core-9 uptime is 1 week, 1 day, 17 hours, 47 minutes\r\n"
                + "RP/0/RP0/CPU0:core-9#");

        assertEquals("7.9.2 LNT", parsed.version());
        assertEquals("8202-32FH-M", parsed.model());
        assertEquals("core-9", parsed.hostname());
        assertNull(parsed.serial());
    }

    @Test
    void rejectsOutputWithoutAVersionLine() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("Mon Oct  2 09:14:11.123 UTC\n% Invalid input detected at '^' marker.\n"));
    }

    @Test
    void readsTheBuildInformationBlockWithItsBuiltHostSpelling() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco IOS XR Software, Version 6.5.3
                Copyright (c) 2013-2019 by Cisco Systems, Inc.

                Build Information:
                 Built By     : ahoang
                 Built On     : Tue Mar 26 06:52:25 PDT 2019
                 Built Host   : iox-ucs-019
                 Workspace    : /auto/srcarchive13/prod/6.5.3/ncs5500/ws
                 Version      : 6.5.3
                 Location     : /opt/cisco/XR/packages/
                 Label        : 6.5.3

                cisco NCS-5500 () processor
                System uptime is 1 week 2 days 3 hours 4 minutes
                """);

        assertEquals(new ParsedVersion("6.5.3", "NCS-5500", null, null, "1 week 2 days 3 hours 4 minutes",
                "/opt/cisco/XR/packages/", List.of()), parsed);
    }

    @Test
    void readsAHardwareLineThatDoesNotSayProcessor() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Cisco IOS XR Software, Version 5.3.4[Default]
                ROM: System Bootstrap, Version 2.04(20140424:063844) [ASR9K ROMMON],
                rtr1 uptime is 10 weeks, 1 day
                System image file is "disk0:asr9k-os-mbi-5.3.4/0x100305/mbiasr9k-rsp3.vm"
                cisco IOS-XRv 9000 (Intel) with 1048576K bytes of memory.
                """);

        assertEquals("5.3.4", parsed.version());
        assertEquals("IOS-XRv 9000", parsed.model());
        assertEquals("rtr1", parsed.hostname());
    }
}
