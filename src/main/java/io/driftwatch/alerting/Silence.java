package io.driftwatch.alerting;

import io.driftwatch.text.Glob;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A maintenance window: events of the devices it selects, happening between start and end, are stored but not
 * sent. Selects by group, by device name or glob pattern, or both (then a device must match both).
 */
@Entity
@Table(name = "silence")
public class Silence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "silence_seq")
    @SequenceGenerator(name = "silence_seq", sequenceName = "silence_seq", allocationSize = 50)
    public Long id;

    @Column(name = "device_group")
    public String group;
    /** A device name, or a glob over names ({@code *} any run, {@code ?} one character). */
    @Column(name = "device_pattern")
    public String devicePattern;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "comment_text")
    public String comment;
    @Column(name = "removed_by")
    public String removedBy;
    @Column(name = "removed_at")
    public Instant removedAt;

    /** Whether this silence holds back an event of this device at this time. */
    public boolean covers(String device, String deviceGroup, Instant at) {
        return removedAt == null && !at.isBefore(startsAt) && at.isBefore(endsAt)
                && (group == null || group.equals(deviceGroup))
                && (devicePattern == null || Glob.of(devicePattern).matches(device));
    }
}
