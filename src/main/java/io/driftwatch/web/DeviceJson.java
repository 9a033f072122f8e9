package io.driftwatch.web;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.PollMode;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Device;
import io.driftwatch.polling.HostKeys;
import java.time.Instant;

/**
 * A device as the API shows it. Credentials appear by name only; secrets never leave the inventory.
 *
 * @param platform         as the inventory says: a platform name or {@code autodetect}
 * @param detectedPlatform for an autodetect device, the platform found by the last successful probe; else null
 * @param lastSeen   when the device last answered a poll successfully
 * @param lastPolled when the device was last polled, whatever the outcome
 * @param compliance     against the golden-version policy; null until its version is known
 * @param complianceRule the policy rule that decided (file:line, selectors, approved versions); null for NO_POLICY
 * @param pollMode       the channel the last poll that ran the command went through ({@code EXEC} or
 *                       {@code SHELL}); null before the first
 * @param shellLearned   what exec answered when Driftwatch learned that the device needs its interactive shell, which
 *                       later sweeps then go straight to; null when exec works or the inventory asks for the shell
 * @param polledBy       the node id of the replica that recorded the last poll; null before the first
 * @param notPolled      why the last cluster sweep did not poll the device (no live replica in its zone); null when
 *                       it did
 */
public record DeviceJson(
        String name,
        String host,
        int port,
        String platform,
        String detectedPlatform,
        String group,
        String credential,
        boolean inInventory,
        PollStatus status,
        String reason,
        String version,
        String model,
        String serial,
        String hostname,
        String uptime,
        String image,
        Instant lastSeen,
        Instant lastPolled,
        int consecutiveFailures,
        String hostKeyFingerprint,
        Instant hostKeyPinnedAt,
        String hostKeyPinnedBy,
        String offeredHostKeyFingerprint,
        Compliance compliance,
        String complianceRule,
        PollMode pollMode,
        String shellLearned,
        String polledBy,
        String notPolled) {

    static DeviceJson of(Device d) {
        return new DeviceJson(d.name, d.host, d.port, d.platform, d.detectedPlatform, d.group, d.credentialName,
                d.inInventory, d.status,
                d.reason, d.version, d.model, d.serial, d.hostname, d.uptime, d.image, d.lastOkAt, d.polledAt,
                d.consecutiveFailures, HostKeys.fingerprint(d.hostKey), d.hostKeyPinnedAt, d.hostKeyPinnedBy,
                HostKeys.fingerprint(d.offeredHostKey), d.compliance, d.complianceRule, d.pollMode, d.shellLearned,
                d.polledBy, d.notPolled);
    }
}
