package io.driftwatch.alerting;

import java.time.Instant;
import java.util.List;

/**
 * A hook and how its deliveries stand.
 *
 * @param configured false for a hook that has rows in the outbox but is no longer in the configuration
 * @param backlog    deliveries not sent yet (pending, or held for a digest)
 * @param lastError  the latest failure of a delivery still pending; null when nothing is failing
 */
public record HookStatus(String name, String type, String target, List<String> events, List<String> groups,
        boolean digest, boolean configured, long backlog, Instant lastDeliveredAt, String lastError,
        Instant lastErrorAt, Instant nextAttemptAt) {
}
