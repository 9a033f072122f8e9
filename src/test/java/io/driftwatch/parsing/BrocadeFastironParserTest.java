package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/brocade_fastiron_show_version.textfsm, Apache-2.0.
class BrocadeFastironParserTest {

    private final BrocadeFastironParser parser = new BrocadeFastironParser();

    @Test
    void readsEveryUnitOfAStackWithTabs() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  Copyright (c) 1996-2017 Brocade Communications Systems, Inc. All rights reserved.
                    UNIT 1: compiled on Mar 14 2017 at 21:57:05 labeled as FCXS08030m
                \t\t(7925574 bytes) from Secondary FCXS08030m.bin
                        SW: Version 08.0.30mT7f3
                    UNIT 2: compiled on Mar 14 2017 at 21:57:05 labeled as FCXS08030m
                \t\t(7925574 bytes) from Secondary FCXS08030m.bin
                        SW: Version 08.0.30mT7f3
                  Boot-Monitor Image size = 370695, Version:07.4.01T7f5 (grz07401)
                  HW: Stackable FCX624S-HPOE-ADV
                ==========================================================================
                UNIT 1: SL 1: FCX-24GS POE 24-port Management Module
                \t Serial  #: BCW2222K00A
                \t License: FCX_ADV_ROUTER_SOFT_PACKAGE   (LID: deaHHGJjFOK)
                ==========================================================================
                UNIT 1: SL 2: FCX-2XG 2-port 16G Module (2-CX4)
                ==========================================================================
                UNIT 2: SL 1: FCX-48GS POE 48-port Management Module
                \t Serial  #: BCW2222K00B
                ==========================================================================
                  800 MHz Power PC processor 8544E (version 0021/0020) 400 MHz bus
                STACKID 1  system uptime is 12 day(s) 3 hour(s) 4 minute(s) 5 second(s)
                STACKID 2  system uptime is 12 day(s) 3 hour(s) 1 minute(s) 9 second(s)
                My stack unit ID = 1, bootup role = active
                """);

        assertEquals(new ParsedVersion("08.0.30mT7f3", "Stackable FCX624S-HPOE-ADV", "BCW2222K00A", null,
                "12 day(s) 3 hour(s) 4 minute(s) 5 second(s)", "FCXS08030m.bin", List.of(
                        new ParsedVersion.Member("FCX-24GS", "BCW2222K00A"),
                        new ParsedVersion.Member("FCX-48GS", "BCW2222K00B"))),
                parsed);
    }

    @Test
    void readsAStandaloneSwitchWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("  Copyright (c) 1996-2016 Brocade Communications Systems, Inc.\r\n"
                + "    UNIT 1: compiled on Jun 21 2016 at 18:07:44 labeled as ICX64S08030i\r\n"
                + "      (8510384 bytes) from Primary ICX64S08030i.bin\r\n"
                + "        SW: Version 08.0.30iT311\r\n"
                + "  HW: ICX6430-24\r\n"
                + "==========================================================================\r\n"
                + "SL 1: ICX6430-24 24-port Management Module\r\n"
                + "      Serial  #: BZR3211K0AA\r\n"
                + "The system uptime is 5 day(s) 2 hour(s) 1 minute(s) 7 second(s)\r\n");

        assertEquals("08.0.30iT311", parsed.version());
        assertEquals("ICX6430-24", parsed.model());
        assertEquals("BZR3211K0AA", parsed.serial());
        assertEquals("5 day(s) 2 hour(s) 1 minute(s) 7 second(s)", parsed.uptime());
        assertEquals("ICX64S08030i.bin", parsed.image());
    }

    @Test
    void rejectsOutputWithoutASoftwareVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("Invalid input -> shwo version\nICX6450#"));
    }

    @Test
    void readsAModelWhosePortCountIsJoinedByADash() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  Copyright (c) 1996-2014 Brocade Communications Systems, Inc. All rights reserved.
                    UNIT 1: compiled on Apr  1 2014 at 16:41:36 labeled as FCXR08030b
                      (8770832 bytes) from Secondary FCXR08030b.bin
                        SW: Version 08.0.30bT7f3
                  Boot-Monitor Image size = 370772, Version:07.4.00T7f5 (grz07400)
                  HW: Stackable FCX648S-HPOE
                ==========================================================================
                UNIT 1: SL 1: FCX-48-port Management Module
                         Serial  #: BCW2212345
                         License: FCX_ADV_ROUTER_SOFT_PACKAGE   (LID: deeHJJKgFGx)
                         P-ENGINE  0: type DB90, rev 01
                ==========================================================================
                  800 MHz Power PC processor (version 8023/0022) 144 MHz bus
                  65536 KB boot flash memory
                  256 MB DRAM
                STACKID 1  system uptime is 3 day(s) 4 hour(s) 5 minute(s) 6 second(s)
                The system : started=warm start   reloaded=by "reload"
                """);

        assertEquals("08.0.30bT7f3", parsed.version());
        assertEquals("FCXR08030b.bin", parsed.image());
        assertEquals(List.of(new ParsedVersion.Member("FCX", "BCW2212345")), parsed.members());
        assertEquals("3 day(s) 4 hour(s) 5 minute(s) 6 second(s)", parsed.uptime());
    }

    @Test
    void readsAPoeModuleAndAnUptimeWithoutSystem() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                    SW: Version 08.0.95hT213
                  HW: Stackable ICX7450-48P
                UNIT 1: SL 1: ICX7450-48P POE 48-port Management Module
                         Serial  #:BZS3333L00A
                The uptime is 1 day(s) 2 hour(s)
                """);

        assertEquals(List.of(new ParsedVersion.Member("ICX7450-48P", "BZS3333L00A")), parsed.members());
        assertEquals("1 day(s) 2 hour(s)", parsed.uptime());
    }
}
