package io.driftwatch.history;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.versions.Direction;
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

/** A stored drift fact: what changed on which device, seen by which sweep. */
@Entity
@Table(name = "drift_event")
public class DriftEvent extends PanacheEntityBase {

    /** Width of {@code from_value} and {@code to_value}. */
    public static final int VALUE_WIDTH = 255;
    public static final int EVIDENCE_WIDTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drift_event_seq")
    @SequenceGenerator(name = "drift_event_seq", sequenceName = "drift_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "device_id")
    public long deviceId;
    @Enumerated(EnumType.STRING)
    public DriftKind kind;
    @Column(name = "from_value")
    public String fromValue;
    @Column(name = "to_value")
    public String toValue;
    /** Which way a VERSION_CHANGED went; null for other kinds and for events older than the column. */
    @Enumerated(EnumType.STRING)
    public Direction direction;
    @Column(name = "sweep_id")
    public Long sweepId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** Why the change was concluded (the rule, the uptimes compared, the failures counted); may be null. */
    public String evidence;
    /** When an operator acknowledged the event; null while it needs attention. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "ack_comment")
    public String ackComment;
}
