package io.driftwatch.drift;

import io.driftwatch.domain.Compliance;

/**
 * The policy's judgement of one device.
 *
 * @param rule the rule that decided, as {@link PolicyRule#description()}; null for {@link Compliance#NO_POLICY}
 */
public record Verdict(Compliance compliance, String rule) {

    public static final Verdict NO_POLICY = new Verdict(Compliance.NO_POLICY, null);
}
