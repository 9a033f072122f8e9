package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
