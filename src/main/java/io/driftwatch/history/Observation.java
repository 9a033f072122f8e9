package io.driftwatch.history;

import io.driftwatch.polling.PollStatus;
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

/** What one sweep learned about one device. Ids only, no associations: history is written in bulk and read flat. */
@Entity
public class Observation extends PanacheEntityBase {

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
    @Enumerated(EnumType.STRING)
    public PollStatus status;
    public String reason;
    public int attempts;
    @Column(name = "duration_ms")
    public long durationMs;
    public String version;
    public String model;
    public String serial;
    public String hostname;
    public String uptime;
    public String image;
}
