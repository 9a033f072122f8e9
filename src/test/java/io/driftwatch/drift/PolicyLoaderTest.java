package io.driftwatch.drift;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.Compliance;
import io.driftwatch.parsing.ParserRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyLoaderTest {

    private final PolicyLoader loader = new PolicyLoader(ParserRegistry.standard().platforms());

    @TempDir
    Path folder;

    @Test
    void theContractFormReadsWithEveryKindOfVersionRule() throws Exception {
        Policy policy = load("""
                rules:
                  - platform: juniper_junos
                    versions: ["22.4R3-S2", ">= 23.2R1"]
                  - { platform: cisco_ios, model: "C9300-*", versions: ["17.9.*"] }
                  - { platform: cisco_ios, group: core, versions: "17.12.4" }
                  - { device: edge-01, versions: ["= 17.9.4a"] }
                """);
        assertTrue(policy.exists());
        assertEquals(4, policy.rules().size());
        assertEquals(Compliance.COMPLIANT, policy.evaluate("juniper_junos", "j1", "mx204", "edge", "22.4R3-S2.4")
                .compliance());
        assertEquals(Compliance.COMPLIANT, policy.evaluate("juniper_junos", "j1", "mx204", "edge", "23.4R1")
                .compliance());
        Verdict old = policy.evaluate("juniper_junos", "j1", "mx204", "edge", "21.4R3-S5");
        assertEquals(Compliance.NON_COMPLIANT, old.compliance());
        assertEquals("policy.yaml:2 (platform juniper_junos) approves 22.4R3-S2, >= 23.2R1", old.rule());
        assertEquals(Verdict.NO_POLICY, policy.evaluate("arista_eos", "a1", "DCS-7050", "edge", "4.30.5M"));
    }

    @Test
    void aMissingFileIsNoPolicyForEveryone() throws Exception {
        Policy policy = loader.load(folder.resolve("policy.yaml"));
        assertFalse(policy.exists());
        assertEquals(Verdict.NO_POLICY, policy.evaluate("cisco_ios", "r1", "C9300-48P", "core", "17.9.4"));
    }

    @Test
    void aCoveredDeviceWhoseVersionIsNotKnownYetHasNoVerdict() throws Exception {
        Policy policy = load("rules: [{platform: cisco_ios, versions: ['17.9.4']}]\n");
        assertEquals(null, policy.evaluate("cisco_ios", "r1", null, "core", null));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty rules key", "rules:\n", 1,
                        "'rules' must be a list, not empty"),
                Arguments.of("no rules", "golden: []\n", 1,
                        "unknown top-level key 'golden' (allowed: rules)"),
                Arguments.of("rules not a list", "rules: {platform: cisco_ios}\n", 1,
                        "'rules' must be a list, not a mapping"),
                Arguments.of("rule not a mapping", "rules:\n  - cisco_ios\n", 2,
                        "rule #1 must be a mapping, not a single value"),
                Arguments.of("unknown key", "rules:\n  - platform: cisco_ios\n    version: [17.9.4]\n", 3,
                        "rule #1: unknown key 'version' (allowed: device, group, model, platform, versions)"),
                Arguments.of("unknown platform", "rules:\n  - {platform: cisco_iso, versions: [1.0]}\n", 2,
                        "rule #1: platform: unknown platform 'cisco_iso'"),
                Arguments.of("autodetect platform", "rules:\n  - {platform: autodetect, versions: [1.0]}\n", 2,
                        "rule #1: platform: unknown platform 'autodetect'"),
                Arguments.of("no platform nor device", "rules:\n  - {group: core, versions: [1.0]}\n", 2,
                        "rule #1: platform: missing"),
                Arguments.of("no versions", "rules:\n  - {platform: cisco_ios}\n", 2,
                        "rule #1: versions: missing"),
                Arguments.of("empty versions", "rules:\n  - platform: cisco_ios\n    versions: []\n", 3,
                        "rule #1: versions: empty"),
                Arguments.of("bad version rule",
                        "rules:\n  - platform: cisco_ios\n    versions:\n      - 17.9.4\n      - \">= \"\n", 5,
                        "rule #1: versions item 2: bad version rule '>= ': '>=' must be followed by a version"),
                Arguments.of("comparison with glob", "rules:\n  - {platform: cisco_ios, versions: [\">= 17.*\"]}\n", 2,
                        "rule #1: versions item 1: bad version rule '>= 17.*': a comparison cannot contain a wildcard"),
                Arguments.of("list as selector",
                        "rules:\n  - platform: cisco_ios\n    group: [a, b]\n    versions: [1.0]\n", 3,
                        "rule #1: group must be a single value, not a list"),
                Arguments.of("empty selector", "rules:\n  - platform: cisco_ios\n    model:\n    versions: [1.0]\n", 3,
                        "rule #1: model is empty"),
                Arguments.of("list item in versions", "rules:\n  - platform: cisco_ios\n    versions: [[1.0]]\n", 3,
                        "rule #1: versions item 1 must be a single version rule, not a list"),
                Arguments.of("duplicate key",
                        "rules:\n  - platform: cisco_ios\n    platform: cisco_xr\n    versions: [1.0]\n", 3,
                        "key 'platform' appears twice in one mapping (first on line 2)"),
                Arguments.of("yaml syntax", "rules:\n  - {platform: cisco_ios, versions: [1.0\n", 3,
                        "invalid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void everyErrorNamesFileLineAndField(String what, String text, int line, String reason) throws IOException {
        Path file = write(folder, "policy.yaml", text);
        PolicyException e = assertThrows(PolicyException.class, () -> loader.load(file), what);
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), what + ": " + e.getMessage());
    }

    @Test
    void twoRulesWithTheSameSelectorsAreAnErrorNamingBothLines() throws IOException {
        Path file = write(folder, "policy.yaml", """
                rules:
                  - { platform: cisco_ios, group: core, versions: ["17.9.4"] }
                  - { platform: cisco_ios, model: C9300-48P, versions: ["17.9.5"] }
                  - { group: core, platform: cisco_ios, versions: ["17.12.*"] }
                """);
        PolicyException e = assertThrows(PolicyException.class, () -> loader.load(file));
        assertEquals(file + ":4: rule #3 selects the same devices (platform cisco_ios, group core) as the rule on"
                + " line 2; neither would be more specific, so merge their versions into one rule", e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = write(folder, "policy.yaml", "# nothing yet\n");
        PolicyException e = assertThrows(PolicyException.class, () -> loader.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }

    private Policy load(String text) throws Exception {
        return loader.load(write(folder, "policy.yaml", text));
    }
}
