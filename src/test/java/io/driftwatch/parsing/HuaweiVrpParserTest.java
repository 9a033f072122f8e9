package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HuaweiVrpParserTest {

    private final HuaweiVrpParser parser = new HuaweiVrpParser();

    @Test
    void readsAnArRouter() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Huawei Versatile Routing Platform Software
                VRP (R) software, Version 5.160 (AR2200 V200R009C00SPC500)
                Copyright (C) 2011-2018 HUAWEI TECH CO., LTD
                Huawei AR2220E Router uptime is 12 weeks, 1 day, 3 hours, 44 minutes
                BKP 0 version information:
                1. PCB      Version  : AR01BAK2A VER.B
                3. Board    Type     : AR2220E

                MPU 0(Master) : uptime is 12 weeks, 1 day, 3 hours, 43 minutes
                SDRAM Memory Size    : 512     M bytes
                """);

        assertEquals(new ParsedVersion("5.160", "AR2220E", null, null, "12 weeks, 1 day, 3 hours, 44 minutes", null,
                List.of()), parsed);
    }

    @Test
    void readsAVrp8SwitchWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Huawei Versatile Routing Platform Software\r\n"
                + "VRP (R) software, Version 8.191 (CE6881 V300R020C10SPC200)\r\n"
                + "Copyright (C) 2012-2021 Huawei Technologies Co., Ltd.\r\n"
                + "HUAWEI CE6881-48S6CQ uptime is 201 days, 2 hours, 5 minutes\r\n"
                + "\r\n"
                + "CE6881-48S6CQ(Master) 1 : uptime is  201 days, 2 hours, 4 minutes");

        assertEquals("8.191", parsed.version());
        assertEquals("CE6881-48S6CQ", parsed.model());
        assertEquals("201 days, 2 hours, 5 minutes", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutTheVrpBanner() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("              ^\nError: Unrecognized command found at '^' position.\n<HUAWEI>"));
        assertTrue(e.getMessage().contains("Version"), e.getMessage());
    }
}
