package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/huawei_vrp_display_version.textfsm, Apache-2.0.
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

    @Test
    void readsAQuidwaySwitchWithAPatchLine() throws OutputParseException {
        // Older S-series name the vendor Quidway; "Routing Switch" stays part of the model, as in the template.
        ParsedVersion parsed = parser.parse("""
                Huawei Versatile Routing Platform Software
                VRP (R) software, Version 5.70 (S5700 V100R005C01SPC100)
                Copyright (C) 2000-2010 HUAWEI TECH CO., LTD
                Patch version : V100R005SPH011
                Quidway S5700-28C-HI Routing Switch uptime is 0 week, 3 days, 2 hours, 8 minutes
                """);

        assertEquals(new ParsedVersion("5.70", "S5700-28C-HI Routing Switch", null, null,
                "0 week, 3 days, 2 hours, 8 minutes", null, List.of()), parsed);
    }

    @Test
    void readsTheVendorWordInAnyCaseAndAPatchVersionWithCapital() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                VRP (R) software, Version 8.180 (NE40E V800R011C00SPC200)
                Patch Version: V800R011SPH007
                huawei NE40E-X8A uptime is 10 days, 1 hour, 2 minutes
                """);

        assertEquals("8.180", parsed.version());
        assertEquals("NE40E-X8A", parsed.model());
        assertEquals("10 days, 1 hour, 2 minutes", parsed.uptime());
    }

    @Test
    void readsNoModelFromTheBoardBlocks() throws OutputParseException {
        // The template stops at the first "BKP n version information" or "MPU n" block: boards are no chassis.
        ParsedVersion parsed = parser.parse("""
                VRP (R) software, Version 5.160 (AR160 V200R010C10SPC700)
                BKP 0 version information:
                MPU 0(Master) : uptime is 1 day, 2 hours
                HUAWEI AR161 Router uptime is 1 day, 2 hours
                """);

        assertEquals("5.160", parsed.version());
        assertNull(parsed.model());
        assertNull(parsed.uptime());
    }
}
