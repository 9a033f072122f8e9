package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/ruckus_fastiron_show_version.textfsm, Apache-2.0.
class RuckusFastironParserTest {

    private final RuckusFastironParser parser = new RuckusFastironParser();

    @Test
    void readsAStandaloneIcx() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  Copyright (c) Ruckus Networks, Inc. All rights reserved.
                    UNIT 1: compiled on Sep 22 2022 at 04:22:31 labeled as SPR09010h
                      (33554432 bytes) from Primary SPR09010h.bin (UFI)
                        SW: Version 09.0.10hT213
                      Compressed Primary Boot Code size = 786944, Version:10.1.22T225 (mnz10122)
                  HW: Stackable ICX7150-C12-POE
                ==========================================================================
                UNIT 1: SL 1: ICX7150-C12-POE 12-port Management Module
                      Serial  #:FEK3233P0AB
                      Software Package: ICX7150_L3_SOFT_PACKAGE
                ==========================================================================
                STACKID 1  system uptime is 3 day(s) 22 hour(s) 10 minute(s) 44 second(s)
                """);

        assertEquals(new ParsedVersion("09.0.10hT213", "Stackable ICX7150-C12-POE", "FEK3233P0AB", null,
                "3 day(s) 22 hour(s) 10 minute(s) 44 second(s)", "SPR09010h.bin",
                List.of(new ParsedVersion.Member("ICX7150-C12-POE", "FEK3233P0AB"))), parsed);
    }

    @Test
    void readsATwoUnitStackWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("    UNIT 1: compiled on Feb 19 2019 at 13:48:49 labeled as SPS08090\r\n"
                + "        SW: Version 08.0.90T211\r\n"
                + "    UNIT 2: compiled on Feb 19 2019 at 13:48:49 labeled as SPS08090\r\n"
                + "        SW: Version 08.0.90T211\r\n"
                + "  HW: Stackable ICX7150-24P\r\n"
                + "UNIT 1: SL 1: ICX7150-24P POE 24-port Management Module\r\n"
                + "      Serial  #:FEE0000Q001\r\n"
                + "UNIT 2: SL 1: ICX7150-24P POE 24-port Management Module\r\n"
                + "      Serial  #:FEE0000Q002\r\n"
                + "STACKID 1  system uptime is 1 day(s) 2 hour(s) 3 minute(s) 4 second(s)\r\n");

        assertEquals("08.0.90T211", parsed.version());
        assertEquals("FEE0000Q001", parsed.serial());
        assertEquals(List.of(new ParsedVersion.Member("ICX7150-24P", "FEE0000Q001"),
                new ParsedVersion.Member("ICX7150-24P", "FEE0000Q002")), parsed.members());
    }

    @Test
    void rejectsOutputWithoutASoftwareVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("Invalid input -> sh ver\nICX7150#"));
    }

    @Test
    void readsAThreeUnitStackWithItsAsicStartAndRoleLines() throws OutputParseException {
        // The template's lists: one SW version, serial and STACKID uptime per unit, and the lines it skips.
        ParsedVersion parsed = parser.parse("""
                  Copyright (c) Ruckus Networks, Inc. All rights reserved.
                    UNIT 1: compiled on Mar 10 2023 at 20:51:44 labeled as SPR09010f
                      (33554432 bytes) from Primary SPR09010f.bin (UFI)
                        SW: Version 09.0.10fT213
                    UNIT 2: compiled on Mar 10 2023 at 20:51:44 labeled as SPR09010f
                        SW: Version 09.0.10fT213
                    UNIT 3: compiled on Mar 10 2023 at 20:51:44 labeled as SPR09010f
                        SW: Version 09.0.10fT213
                      Compressed Primary Boot Code size = 786944, Version:10.1.24T225 (mnz10124)
                       Compiled on Fri Mar 10 21:05:12 2023
                  HW: Stackable ICX7650-48ZP
                ==========================================================================
                UNIT 1: SL 1: ICX7650-48ZP 48-port Management Module
                      Serial  #:CYT3346K0AA
                      Software Package: ICX7650_L3_SOFT_PACKAGE
                      Current License: l3-prem-8X10G
                      P-ASIC  0: type B870, rev 01  Chip BCM56870_A0
                ==========================================================================
                UNIT 2: SL 1: ICX7650-48ZP 48-port Management Module
                      Serial  #:CYT3346K0BB
                ==========================================================================
                UNIT 3: SL 1: ICX7650-48F 48-port Management Module
                      Serial  #:CYT3346K0CC
                ==========================================================================
                  1500 MHz ARM processor ARMv8 88 MHz bus
                  8192 MB DRAM
                STACKID 1  system uptime is 41 day(s) 2 hour(s) 5 minute(s) 3 second(s)
                STACKID 2  system uptime is 41 day(s) 2 hour(s) 4 minute(s) 1 second(s)
                STACKID 3  system uptime is 41 day(s) 2 hour(s) 3 minute(s) 9 second(s)
                The system started at 10:01:12 GMT+00 Mon Jan 01 2024
                The system : started=warm start   reloaded=by "reload"
                My stack unit ID = 1, bootup role = active
                """);

        assertEquals("09.0.10fT213", parsed.version());
        assertEquals("Stackable ICX7650-48ZP", parsed.model());
        assertEquals("CYT3346K0AA", parsed.serial());
        assertEquals("41 day(s) 2 hour(s) 5 minute(s) 3 second(s)", parsed.uptime());
        assertEquals(List.of(new ParsedVersion.Member("ICX7650-48ZP", "CYT3346K0AA"),
                new ParsedVersion.Member("ICX7650-48ZP", "CYT3346K0BB"),
                new ParsedVersion.Member("ICX7650-48F", "CYT3346K0CC")), parsed.members());
    }

    @Test
    void readsHardwareWithoutTheStackableWordAndLabelsInAnyCase() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                    sw: version 08.0.95pT213
                  hw: ICX7850-48FS
                UNIT 1: SL 1: ICX7850-48FS 48-port Management Module
                      serial #: FNL4312T00Z
                """);

        assertEquals(new ParsedVersion("08.0.95pT213", "ICX7850-48FS", "FNL4312T00Z", null, null, null,
                List.of(new ParsedVersion.Member("ICX7850-48FS", "FNL4312T00Z"))), parsed);
    }
}
