package io.driftwatch.alerting;

/**
 * A delivery ready to send: exactly one of {@code event} and {@code digest} is set.
 *
 * @param attempt which attempt this is, from 1
 */
public record Outgoing(long deliveryId, String hook, int attempt, EventMessage event, DigestMessage digest) {

    public String messageId() {
        return event != null ? event.id() : digest.id();
    }
}
