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
import java.util.EnumMap;
import java.util.Map;

/** One pass over the inventory, with how many devices ended in each status. */
@Entity
public class Sweep extends PanacheEntityBase {

    public enum Trigger {
        SCHEDULED,
        MANUAL
    }

    public enum State {
        RUNNING,
        COMPLETED,
        INTERRUPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sweep_seq")
    @SequenceGenerator(name = "sweep_seq", sequenceName = "sweep_seq", allocationSize = 1)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public Trigger trigger;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    public int devices;
    public int ok;
    @Column(name = "auth_failed")
    public int authFailed;
    public int unreachable;
    @Column(name = "timed_out")
    public int timedOut;
    @Column(name = "host_key_changed")
    public int hostKeyChanged;
    @Column(name = "parse_failed")
    public int parseFailed;
    public int errored;
    /** Rows inserted or updated to record this sweep's results: the cost of its history. */
    @Column(name = "rows_written")
    public int rowsWritten;
    /** Who asked for the sweep: a user's name, "schedule" for the cron; null for hand-started sweeps before V4. */
    @Column(name = "requested_by")
    public String requestedBy;
    /** Devices a cluster sweep left unpolled because no live replica serves their zone. */
    public int skipped;

    public void count(PollStatus status) {
        switch (status) {
            case OK -> ok++;
            case AUTH_FAILED -> authFailed++;
            case UNREACHABLE -> unreachable++;
            case TIMEOUT -> timedOut++;
            case HOST_KEY_CHANGED -> hostKeyChanged++;
            case PARSE_FAILED -> parseFailed++;
            case ERROR -> errored++;
        }
    }

    public Map<PollStatus, Integer> counts() {
        Map<PollStatus, Integer> counts = new EnumMap<>(PollStatus.class);
        counts.put(PollStatus.OK, ok);
        counts.put(PollStatus.AUTH_FAILED, authFailed);
        counts.put(PollStatus.UNREACHABLE, unreachable);
        counts.put(PollStatus.TIMEOUT, timedOut);
        counts.put(PollStatus.HOST_KEY_CHANGED, hostKeyChanged);
        counts.put(PollStatus.PARSE_FAILED, parseFailed);
        counts.put(PollStatus.ERROR, errored);
        return counts;
    }
}
