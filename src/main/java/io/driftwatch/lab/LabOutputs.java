package io.driftwatch.lab;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the version command output a real device of each platform would print for the given facts. Plain
 * string building, no regular expressions: the simulated fleet renders thousands of these per sweep.
 */
public final class LabOutputs {

    private static final Set<String> PLATFORMS = Collections.unmodifiableSet(
            new TreeSet<>(Set.of("arista_eos", "cisco_ios", "cisco_nxos", "cisco_xr", "juniper_junos")));

    private LabOutputs() {
    }

    /** Supported platform names, sorted, matching the parser registry's names. */
    public static Set<String> platforms() {
        return PLATFORMS;
    }

    /**
     * @throws IllegalArgumentException for a platform not in {@link #platforms()}
     */
    public static String render(String platform, LabFacts facts) {
        return switch (platform) {
            case "cisco_ios" -> IosOutput.render(facts);
            case "cisco_nxos" -> NxosOutput.render(facts);
            case "cisco_xr" -> XrOutput.render(facts);
            case "juniper_junos" -> JunosOutput.render(facts);
            case "arista_eos" -> EosOutput.render(facts);
            default -> throw new IllegalArgumentException("unknown lab platform: " + platform);
        };
    }
}
