package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JuniperJunosParserTest {

    private final JuniperJunosParser parser = new JuniperJunosParser();

    @Test
    void readsASingleRoutingEngine() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Hostname: edge-mx-2
                Model: mx204
                Junos: 22.4R3-S2.11
                JUNOS OS Kernel 64-bit  [20231004.ecd8d5c_builder_stable_12_224]
                JUNOS OS libs [20231004.ecd8d5c_builder_stable_12_224]
                JUNOS network stack and utilities [20231103.170123_builder_junos_224_r3_s2]
                JUNOS na telemetry [22.4R3-S2.11]

                """);

        assertEquals(new ParsedVersion("22.4R3-S2.11", "mx204", null, "edge-mx-2", null, null, List.of()), parsed);
    }

    @Test
    void readsEveryMemberOfAVirtualChassis() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                fpc0:
                --------------------------------------------------------------------------
                Hostname: access-vc-1
                Model: ex4300-48p
                Junos: 21.4R3-S5.4
                JUNOS EX  Software Suite [21.4R3-S5.4]

                fpc1:
                --------------------------------------------------------------------------
                Hostname: access-vc-1
                Model: ex4300-48t
                Junos: 21.4R3-S5.4
                JUNOS EX  Software Suite [21.4R3-S5.4]

                {master:0}
                """);

        assertEquals("21.4R3-S5.4", parsed.version());
        assertEquals("ex4300-48p", parsed.model());
        assertEquals("access-vc-1", parsed.hostname());
        assertEquals(List.of(new ParsedVersion.Member("ex4300-48p", null),
                new ParsedVersion.Member("ex4300-48t", null)), parsed.members());
    }

    @Test
    void readsOldPackageStyleOutputWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Hostname: old-m10\r\n"
                + "Model: m10i\r\n"
                + "JUNOS Base OS boot [9.3R2.8]\r\n"
                + "JUNOS Base OS Software Suite [9.3R2.8]\r\n"
                + "JUNOS Kernel Software Suite [9.3R2.8]\r\n"
                + "user@old-m10> ");

        assertEquals("9.3R2.8", parsed.version());
        assertEquals("m10i", parsed.model());
        assertEquals("old-m10", parsed.hostname());
        assertTrue(parsed.members().isEmpty());
    }

    @Test
    void ignoresBuildStampsWhenThereIsNoJunosLine() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Hostname: branch-nfx
                Model: nfx250_att_s1_10_t
                JUNOS OS Kernel 64-bit [20220419.9889e6f_builder_stable_11]
                JUNOS libs [20220825.064945_builder_junos_211_x3]
                JUNOS na telemetry [21.1X3.3]
                """);

        assertEquals("21.1X3.3", parsed.version());
        assertNull(parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutARelease() {
        assertThrows(OutputParseException.class, () -> parser.parse("""
                Hostname: lab
                Model: vmx
                JUNOS OS Kernel 64-bit  [20231004.ecd8d5c_builder_stable_12_224]
                """));
    }
}
