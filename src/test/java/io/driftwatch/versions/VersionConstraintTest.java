package io.driftwatch.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionConstraintTest {

    @Test
    void parsesEachForm() {
        assertEquals(new VersionConstraint.Exact("22.4R3-S2"), VersionConstraint.parse(" 22.4R3-S2 "));
        assertEquals(new VersionConstraint.Exact("17.9.4a"), VersionConstraint.parse("= 17.9.4a"));
        assertEquals(new VersionConstraint.Exact("17.9.4a"), VersionConstraint.parse("==17.9.4a"));
        assertEquals(new VersionConstraint.Comparison(VersionConstraint.Operator.GREATER_OR_EQUAL, "17.9.4"),
                VersionConstraint.parse(">= 17.9.4"));
        assertEquals(new VersionConstraint.Comparison(VersionConstraint.Operator.GREATER, "9.3(9)"),
                VersionConstraint.parse(">9.3(9)"));
        assertEquals(new VersionConstraint.Comparison(VersionConstraint.Operator.LESS, "23.2R1"),
                VersionConstraint.parse("< 23.2R1"));
        assertEquals(new VersionConstraint.Comparison(VersionConstraint.Operator.LESS_OR_EQUAL, "4.30.5M"),
                VersionConstraint.parse("<=  4.30.5M"));
        assertEquals(new VersionConstraint.Glob("17.9.*"), VersionConstraint.parse("17.9.*"));
        assertEquals(new VersionConstraint.Exact("10.4(5) [Maintenance Release]"),
                VersionConstraint.parse("10.4(5) [Maintenance Release]"));
    }

    @Test
    void textIsTheRuleAsWritten() {
        assertEquals(">= 17.9.4", VersionConstraint.parse(">=17.9.4").text());
        assertEquals("17.9.*", VersionConstraint.parse("17.9.*").text());
        assertEquals("22.4R3-S2", VersionConstraint.parse("22.4R3-S2").text());
    }

    @Test
    void exactIgnoresLabelsAndFlavours() {
        assertTrue(matches("22.4R3-S2", "juniper_junos", "22.4R3-S2"));
        assertFalse(matches("22.4R3-S2", "juniper_junos", "22.4R3-S10"));
        assertTrue(matches("10.4(5)", "cisco_nxos", "10.4(5) [Maintenance Release]"));
        assertTrue(matches("10.4(5) [Maintenance Release]", "cisco_nxos", "10.4(5)"));
        assertTrue(matches("7.9.2", "cisco_xr", "7.9.2 LNT"));
        assertTrue(matches("7.12.2", "mikrotik_routeros", "7.12.2 (stable)"));
        assertFalse(matches("17.9.4", "cisco_ios", "17.9.4a"));
        assertFalse(matches("17.9.4", "cisco_ios", null));
    }

    @Test
    void aRuleWithoutABuildCoversEveryBuildOfThatRelease() {
        assertTrue(matches("21.4R3-S3", "juniper_junos", "21.4R3-S3.4"));
        assertFalse(matches("21.4R3-S3.5", "juniper_junos", "21.4R3-S3.4"));
        assertTrue(matches("7.4.8", "fortinet", "FortiGate-60F v7.4.8,build2795,250523 (GA.M)"));
        assertFalse(matches("7.4.7", "fortinet", "FortiGate-60F v7.4.8,build2795,250523 (GA.M)"));
        assertTrue(matches("<= 21.4R3-S3", "juniper_junos", "21.4R3-S3.4"));
        assertFalse(matches("< 21.4R3-S3", "juniper_junos", "21.4R3-S3.4"));
        assertTrue(matches("<= 7.4.8", "fortinet", "FortiGate-60F v7.4.8,build2795,250523 (GA.M)"));
        assertFalse(matches("> 7.4.8", "fortinet", "FortiGate-60F v7.4.8,build2795,250523 (GA.M)"));
    }

    @Test
    void comparisonsUseThePlatformsOrder() {
        assertTrue(matches(">= 17.9.4", "cisco_ios", "17.9.4"));
        assertTrue(matches(">= 17.9.4", "cisco_ios", "17.9.4a"));
        assertTrue(matches(">= 17.9.4", "cisco_ios", "17.12.2"));
        assertFalse(matches(">= 17.9.4", "cisco_ios", "17.3.5"));
        assertTrue(matches("> 9.3(9)", "cisco_nxos", "9.3(10)"));
        assertFalse(matches("> 9.3(9)", "cisco_nxos", "9.3(9)"));
        assertTrue(matches("< 23.2R1", "juniper_junos", "22.4R3-S10"));
        assertFalse(matches("< 23.2R1", "juniper_junos", "23.2R1"));
        assertTrue(matches("<= 4.30.5M", "arista_eos", "4.30.2F"));
        assertFalse(matches("<= 4.30.5M", "arista_eos", "4.30.10M"));
        assertTrue(matches(">= 7.4.8", "fortinet", "FortiGate-40F v7.6.3,build3510,250415 (GA.F)"));
        assertFalse(matches(">= 7.4.8", "fortinet", "FortiGate-40F v7.0.15,build0632,240401 (GA.M)"));
        assertFalse(matches(">= 7.4.8", "fortinet", null));
    }

    @Test
    void globsMatchTheVersionOrItsReleasePart() {
        assertTrue(matches("17.9.*", "cisco_ios", "17.9.4a"));
        assertFalse(matches("17.9.*", "cisco_ios", "17.12.2"));
        assertFalse(matches("17.9.*", "cisco_ios", "17.9"));
        assertTrue(matches("10.4(*)", "cisco_nxos", "10.4(5) [Maintenance Release]"));
        assertTrue(matches("7.4.*", "fortinet", "FortiGate-60F v7.4.8,build2795,250523 (GA.M)"));
        assertTrue(matches("7.9.?", "cisco_xr", "7.9.2 LNT"));
        assertTrue(matches("fl.10.11.*", "aruba_aoscx", "FL.10.11.1021"));
        assertTrue(matches("2.0.*", "ubiquiti_edgerouter", "v2.0.6"));
        assertTrue(matches("22.4R3-S*", "juniper_junos", "22.4R3-S2"));
        assertFalse(matches("22.4R3-S*", "juniper_junos", "22.4R3"));
    }

    @Test
    void badRulesAreRejectedWithTheirText() {
        for (String bad : new String[] {"", "   ", ">=", "<= ", "=> 17.9.4", ">> 17.9.4", ">= 17.9.*",
                ">= 1.0 < 2.0", "latest", "*"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VersionConstraint.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        IllegalArgumentException nullRule = assertThrows(IllegalArgumentException.class,
                () -> VersionConstraint.parse(null));
        assertTrue(nullRule.getMessage().contains("empty"), nullRule.getMessage());
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        String message = assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse(">= 17.9.*"))
                .getMessage();
        assertTrue(message.contains("wildcard"), message);
        message = assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse("latest"))
                .getMessage();
        assertTrue(message.contains("no version number"), message);
    }

    private static boolean matches(String rule, String platform, String version) {
        return VersionConstraint.parse(rule).matches(platform, version);
    }
}
