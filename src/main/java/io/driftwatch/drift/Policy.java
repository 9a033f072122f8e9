package io.driftwatch.drift;

import io.driftwatch.domain.Compliance;
import java.nio.file.Path;
import java.util.List;

/**
 * The golden-version policy: rules kept most specific first, so the first rule that covers a device decides.
 *
 * @param source the file it was read from; {@code exists} false when there is no such file (every device is then
 *               {@link Compliance#NO_POLICY})
 */
public record Policy(Path source, boolean exists, List<PolicyRule> rules) {

    public Policy {
        rules = rules.stream().sorted(PolicyRule.MOST_SPECIFIC_FIRST).toList();
    }

    /** No policy file: no rule applies to anyone. */
    public static Policy none(Path source) {
        return new Policy(source, false, List.of());
    }

    /**
     * Judges one device.
     *
     * @param platform the platform its versions are read with (the detected one for an autodetect device)
     * @param version  its last known version; null before its first successful poll
     * @return the verdict, or null when a rule applies but the version is not known yet
     */
    public Verdict evaluate(String platform, String name, String model, String group, String version) {
        for (PolicyRule rule : rules) {
            if (rule.covers(platform, name, model, group)) {
                if (version == null) {
                    return null;
                }
                return new Verdict(rule.approves(platform, version) ? Compliance.COMPLIANT : Compliance.NON_COMPLIANT,
                        rule.description());
            }
        }
        return Verdict.NO_POLICY;
    }
}
