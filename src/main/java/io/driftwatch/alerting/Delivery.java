package io.driftwatch.alerting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message owed to one hook: a drift event, or the digest of a sweep. The outbox row. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public enum Kind {
        EVENT,
        DIGEST
    }

    public enum State {
        /** To be sent; retried until it is. */
        PENDING,
        /** An event for a digest hook, waiting for its sweep to end and its digest to be written. */
        HELD,
        /** Sent and acknowledged (2xx, or exit status 0). */
        DELIVERED,
        /** Not sent: a silence covered the device when the event happened. */
        SILENCED,
        /** Not sent on its own: it went out inside digest {@code digestId}. */
        DIGESTED,
        /** Not sent: its event was deleted by history retention before it could be. */
        DROPPED;

        public boolean open() {
            return this == PENDING || this == HELD;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 1)
    public Long id;

    public String hook;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "event_id")
    public Long eventId;
    @Column(name = "device_id")
    public Long deviceId;
    /** Rows sharing a key go out one at a time, in id order: the device id for events, 0 for digests. */
    @Column(name = "order_key")
    public long orderKey;
    @Column(name = "sweep_id")
    public Long sweepId;
    @Column(name = "digest_id")
    public Long digestId;
    @Column(name = "silence_id")
    public Long silenceId;
    @Enumerated(EnumType.STRING)
    public State state;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The idempotency key receivers see: stable across retries and restarts. */
    public String messageId() {
        return kind == Kind.DIGEST ? "digest-" + sweepId : "event-" + eventId;
    }
}
