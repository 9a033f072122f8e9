package io.driftwatch.polling;

import io.driftwatch.history.BastionRepository;
import io.driftwatch.history.PinnedHost;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records what polls learn about bastions' keys: the first key of a bastion in trust-on-first-use mode, and a
 * different key that was refused, for an operator to check and trust. Unlike a device's key, which the sweep's
 * recorder stores with the device's result, a bastion's key is written at once in a transaction of its own: many
 * devices of one sweep use one bastion, and the sweep's writes are per device. A write that fails is logged and
 * changes no decision: the key was already accepted or refused, and a first key not stored is pinned again at the
 * next poll through that bastion.
 */
@ApplicationScoped
public class BastionKeys {

    private final BastionRepository bastions;
    private final Clock clock;
    /** Bastions whose first key this process has stored, so the other polls of that sweep write nothing. */
    private final Set<String> pinnedHere = ConcurrentHashMap.newKeySet();

    public BastionKeys(BastionRepository bastions, Clock clock) {
        this.bastions = bastions;
        this.clock = clock;
    }

    /**
     * Pins a bastion's first key, unless another poll pinned one first; the planner made the bastion's row.
     *
     * @param keyLine the key as an OpenSSH public key line
     */
    void pinFirst(String address, String keyLine) {
        if (pinnedHere.contains(address)) {
            return;
        }
        Instant now = clock.instant();
        // A conditional update rather than the entity's own pinning: polls of one sweep race for the first key, and
        // only the first to write may pin it.
        boolean stored = write(address, () -> {
            int pinned = bastions.update(
                    "hostKey = ?1, hostKeyPinnedAt = ?2, hostKeyPinnedBy = ?3 where address = ?4 and hostKey is null",
                    keyLine, now, PinnedHost.FIRST_USE, address);
            if (pinned > 0) {
                Log.infof("Pinned host key %s of jump host %s (trust on first use)", HostKeys.fingerprint(keyLine),
                        address);
            }
        });
        // Only once stored: after a failed write the next poll through this bastion tries again.
        if (stored) {
            pinnedHere.add(address);
        }
    }

    /**
     * Drops a refused key once the bastion is seen with its pinned key again, as a device's is on its next good
     * poll: the offer is moot, and a stale one should not wait for a click.
     */
    void pinnedSeenAgain(String address) {
        write(address, () -> bastions.update("offeredHostKey = null, offeredHostKeyAt = null"
                + " where address = ?1 and offeredHostKey is not null", address));
    }

    /** Keeps the key a bastion offered instead of its pinned one, with when it was first offered. */
    void refused(String address, String keyLine) {
        Instant now = clock.instant();
        write(address, () -> bastions.findByAddress(address).ifPresent(bastion -> {
            if (bastion.refused(keyLine, now)) {
                Log.warnf("Jump host %s offered host key %s instead of the pinned %s; nothing is sent to it until an"
                        + " operator trusts the new key", address, HostKeys.fingerprint(keyLine),
                        HostKeys.fingerprint(bastion.hostKey));
            }
        }));
    }

    /** @return whether the change was committed */
    private static boolean write(String address, Runnable change) {
        try {
            QuarkusTransaction.requiringNew().run(change);
            return true;
        } catch (RuntimeException e) {
            Log.warnf("Could not record the host key of jump host %s: %s", address, e.getMessage());
            return false;
        }
    }
}
