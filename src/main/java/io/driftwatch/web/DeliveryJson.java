package io.driftwatch.web;

import io.driftwatch.alerting.Delivery;
import java.time.Instant;

/** One outbox row as the API and the page show it. */
public record DeliveryJson(long id, String hook, String messageId, Delivery.Kind kind, Long eventId, Long sweepId,
        Delivery.State state, int attempts, String lastError, Instant createdAt, Instant lastAttemptAt,
        Instant nextAttemptAt, Instant deliveredAt, Long digestId, Long silenceId) {

    static DeliveryJson of(Delivery d) {
        return new DeliveryJson(d.id, d.hook, d.messageId(), d.kind, d.eventId, d.sweepId, d.state, d.attempts,
                d.lastError, d.createdAt, d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.digestId, d.silenceId);
    }
}
