package io.driftwatch.history;

import io.driftwatch.domain.PollStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * A span of identical polls of one device: what it looked like from {@code observedAt} (sweep {@code sweepId})
 * until {@code lastSeenAt} (sweep {@code lastSweepId}). A new span starts only when status or facts change, so a
 * year of sweeps costs a handful of rows per device. While a span is the device's current one its last_* fields
 * are null and the device's {@code polledAt}/{@code polledSweepId} say when it was last seen.
 * Ids only, no associations: history is written in bulk and read flat.
 */
@Entity
public class Observation extends PanacheEntityBase {

    public static final int REASON_WIDTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_seq")
    @SequenceGenerator(name = "observation_seq", sequenceName = "observation_seq", allocationSize = 50)
    public Long id;

    @Column(name = "device_id")
    public long deviceId;
    @Column(name = "sweep_id")
    public long sweepId;
    @Column(name = "observed_at")
    public Instant observedAt;
    @Column(name = "last_sweep_id")
    public Long lastSweepId;
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
    @Enumerated(EnumType.STRING)
    public PollStatus status;
    public String reason;
    public int attempts;
    @Column(name = "duration_ms")
    public long durationMs;
    /** The platform whose parser read the output: the declared one, or for an autodetect device the detected one. */
    public String platform;
    public String version;
    public String model;
    public String serial;
    public String hostname;
    public String uptime;
    public String image;

    /** Keeps why the poll failed (or null) and what it found (null when it parsed nothing), as the columns hold. */
    public void found(String reason, DeviceFacts facts) {
        this.reason = Columns.fit(reason, REASON_WIDTH);
        if (facts != null) {
            version = facts.version();
            model = facts.model();
            serial = facts.serial();
            hostname = facts.hostname();
            uptime = facts.uptime();
            image = facts.image();
        }
    }
}
