package io.driftwatch.drift;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.Compliance;
import io.driftwatch.parsing.ParserRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Most specific rule wins: device, then model, then group, then platform only; literal beats glob. */
class PolicyPrecedenceTest {

    @TempDir
    Path folder;

    private Policy policy;

    @Test
    void theMostSpecificSelectorDecides() throws Exception {
        // Written from most to least specific on purpose reversed: file order must not matter.
        policy = load("""
                rules:
                  - { platform: cisco_ios, versions: ["17.9.*"] }
                  - { platform: cisco_ios, group: core, versions: ["17.12.*"] }
                  - { platform: cisco_ios, model: "C9300-*", versions: ["17.6.*"] }
                  - { platform: cisco_ios, model: "C9300-48P", versions: ["17.3.*"] }
                  - { device: "edge-*", versions: ["16.12.*"] }
                  - { device: edge-01, versions: ["16.9.*"] }
                """);
        assertEquals(2, line("r1", "ISR4431", "access"));
        assertEquals(3, line("r1", "ISR4431", "core"));
        assertEquals(4, line("r1", "C9300-24T", "core"), "a model beats a group");
        assertEquals(5, line("r1", "C9300-48P", "core"), "a literal model beats a model glob");
        assertEquals(6, line("edge-02", "C9300-48P", "core"), "a device glob beats any model");
        assertEquals(7, line("edge-01", "C9300-48P", "core"), "a literal device beats a device glob");
    }

    @Test
    void withinOneSelectorMoreNamedSelectorsThenNarrowerGlobsThenFileOrderDecide() throws Exception {
        policy = load("""
                rules:
                  - { platform: cisco_ios, model: "C9*", versions: ["17.1.*"] }
                  - { platform: cisco_ios, model: "C9*", group: core, versions: ["17.2.*"] }
                  - { platform: cisco_ios, model: "C93*", versions: ["17.3.*"] }
                  - { platform: cisco_ios, model: "*48P", versions: ["17.4.*"] }
                """);
        assertEquals(3, line("r1", "C9500-40X", "core"), "a model glob with a group beats one without");
        assertEquals(4, line("r1", "C9300-24T", "edge"), "C93* has more literal characters than C9*");
        // C93* and *48P both match C9300-48P with three literal characters each: the rule written first wins.
        assertEquals(4, line("r1", "C9300-48P", "edge"));
    }

    @Test
    void globsIgnoreCaseAndAPlatformRuleCoversOnlyItsPlatform() throws Exception {
        policy = load("""
                rules:
                  - { platform: juniper_junos, model: "MX*", versions: [">= 23.2R1"] }
                """);
        Verdict verdict = policy.evaluate("juniper_junos", "j1", "mx204", "core", "22.4R3-S2");
        assertEquals(Compliance.NON_COMPLIANT, verdict.compliance());
        assertTrue(verdict.rule().startsWith("policy.yaml:2 (platform juniper_junos, model MX*)"), verdict.rule());
        assertEquals(Verdict.NO_POLICY, policy.evaluate("cisco_ios", "r1", "MX204", "core", "17.9.4"));
    }

    @Test
    void aDeviceRuleNamingAPlatformCoversThatDeviceOnlyOnThatPlatform() throws Exception {
        policy = load("""
                rules:
                  - { device: r1, platform: cisco_xr, versions: ["7.9.2"] }
                """);
        assertEquals(Verdict.NO_POLICY, policy.evaluate("cisco_ios", "r1", null, "core", "17.9.4"));
        assertEquals(Compliance.COMPLIANT, policy.evaluate("cisco_xr", "r1", null, "core", "7.9.2").compliance());
    }

    private int line(String device, String model, String group) {
        Verdict verdict = policy.evaluate("cisco_ios", device, model, group, "1.0");
        String rule = verdict.rule();
        return Integer.parseInt(rule.substring(rule.indexOf(':') + 1, rule.indexOf(' ')));
    }

    private Policy load(String text) throws Exception {
        return new PolicyLoader(ParserRegistry.standard().platforms()).load(write(folder, "policy.yaml", text));
    }
}
