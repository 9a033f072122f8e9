package io.driftwatch.alerting;

import java.time.Instant;

/**
 * A silence to create.
 *
 * @param group    devices of this group; null for any group
 * @param device   a device name or a glob over names ({@code edge-*}); null for any device of the group
 * @param startsAt when it begins; null for now
 * @param endsAt   when it ends; give this or {@code duration}
 * @param duration how long it lasts, such as {@code 2h}, {@code 90m} or {@code PT2H}
 */
public record SilenceRequest(String group, String device, Instant startsAt, Instant endsAt, String duration,
        String comment) {
}
