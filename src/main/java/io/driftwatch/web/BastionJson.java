package io.driftwatch.web;

import io.driftwatch.history.Bastion;
import io.driftwatch.polling.HostKeys;
import java.time.Instant;

/**
 * A jump host as the API and the device pages show it.
 *
 * @param address                   {@code host:port}, the bastion's name in {@code /api/bastions/{address}}
 * @param offeredHostKeyFingerprint the different key offered at the last refused attempt, to be trusted with
 *                                  exactly this fingerprint; null when none waits
 */
public record BastionJson(
        String address,
        String hostKeyFingerprint,
        Instant hostKeyPinnedAt,
        String hostKeyPinnedBy,
        String offeredHostKeyFingerprint,
        Instant offeredHostKeyAt) {

    static BastionJson of(Bastion b) {
        return new BastionJson(b.address, HostKeys.fingerprint(b.hostKey), b.hostKeyPinnedAt, b.hostKeyPinnedBy,
                HostKeys.fingerprint(b.offeredHostKey), b.offeredHostKeyAt);
    }
}
