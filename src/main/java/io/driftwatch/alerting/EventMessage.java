package io.driftwatch.alerting;

import java.time.Instant;
import java.util.Locale;

/**
 * A drift event as hooks receive it.
 *
 * @param id        the idempotency key, {@code event-<event id>}
 * @param kind      the DriftKind name
 * @param direction UPGRADE, DOWNGRADE or SAME for a version change; null otherwise
 * @param evidence  why the change was concluded, in a sentence; null when the event has none
 * @param link      the device's page on the dashboard
 */
public record EventMessage(String id, long eventId, String kind, String device, String group, String host,
        String platform, String from, String to, String direction, String evidence, Long sweepId,
        Instant occurredAt, String link) {

    /** The kind as words: {@code VERSION_CHANGED} reads "Version changed". */
    public String title() {
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One line for chat apps and logs: {@code edge-01: 17.9.4 → 17.12.1 (upgrade)}. */
    public String change() {
        String change = (from == null ? "—" : from) + " → " + (to == null ? "—" : to);
        return direction == null ? change : change + " (" + direction.toLowerCase(Locale.ROOT) + ")";
    }
}
