package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last command output of a device that a parser read (OK) or could not read (PARSE_FAILED), kept whole for the
 * device page, its download and re-parsing.
 */
@Entity
@Table(name = "raw_output")
public class RawOutput extends PanacheEntityBase {

    @Id
    @Column(name = "device_id")
    public Long deviceId;
    @Column(name = "sweep_id")
    public long sweepId;
    @Column(name = "captured_at")
    public Instant capturedAt;
    public String command;
    public String output;
}
