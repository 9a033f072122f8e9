package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/juniper_junos_show_version.textfsm, Apache-2.0.
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

    @Test
    void readsTheExSuiteLineWrittenWithOrWithoutABlank() throws OutputParseException {
        // The template's "JUNOS\\s+EX\\s*Software\\s+Suite": the EX suite names the release on 12.x switches.
        ParsedVersion parsed = parser.parse("""
                Hostname: sw1
                Model: ex2200-24t-4g
                JUNOS Base OS boot [12.3R12.4]
                JUNOS EXSoftware Suite [12.3R12.5]
                """);

        assertEquals("12.3R12.5", parsed.version());
        assertEquals("ex2200-24t-4g", parsed.model());
    }

    @Test
    void readsTheSerialAndSkipsQfabricLabpkgAndRedisLines() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Hostname: qfx-node
                Model: qfx3500
                Serial Number: qfsn-0123456789
                QFabric System ID: f158527a-f99e-11e0-9fbd-00e081c57cda
                labpkg [7.0]
                Redis [2.4.13]
                JUNOS Base OS boot [13.3R1.4]
                JUNOS Online Documentation [13.3R1.4]
                """);

        assertEquals(new ParsedVersion("13.3R1.4", "qfx3500", "qfsn-0123456789", "qfx-node", null, null, List.of()),
                parsed);
    }

    @Test
    void readsEveryNodeOfAClusterWithHeadersWithoutColons() throws OutputParseException {
        // The template accepts "node0" and "fpc1" headers with or without the colon, and {primary:node0} prompts.
        ParsedVersion parsed = parser.parse("""
                node0
                --------------------------------------------------------------------------
                Hostname: srx-a
                Model: srx345
                Serial Number: CX1234AA0001
                Junos: 20.4R3-S4.8

                node1
                --------------------------------------------------------------------------
                Hostname: srx-b
                Model: srx345
                Serial Number: CX1234AA0002
                Junos: 20.4R3-S4.8

                {primary:node0}
                """);

        assertEquals("20.4R3-S4.8", parsed.version());
        assertEquals("srx-a", parsed.hostname());
        assertEquals("CX1234AA0001", parsed.serial());
        assertEquals(List.of(new ParsedVersion.Member("srx345", "CX1234AA0001"),
                new ParsedVersion.Member("srx345", "CX1234AA0002")), parsed.members());
    }

    @Test
    void ignoresTheAutomationEnhancementAddOnsRelease() throws OutputParseException {
        // "JUNOS for Automation Enhancement" (skipped by the template) carries its own release.
        ParsedVersion parsed = parser.parse("""
                Hostname: mx1
                Model: mx480
                JUNOS for Automation Enhancement [20.4R1.12]
                JUNOS Web Management [17.3R3-S1.5]
                """);

        assertEquals("17.3R3-S1.5", parsed.version());
    }

    @Test
    void readsLabelsInAnyCaseAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                HOSTNAME:  core1
                model : mx960
                serial number: --
                JUNOS:   19.4R3-S9.2
                """);

        assertEquals(new ParsedVersion("19.4R3-S9.2", "mx960", null, "core1", null, null, List.of()), parsed);
    }
}
