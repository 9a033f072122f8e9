package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A sweep's own row through its life: opened, told how many devices it has and what they ended in, closed. */
@ApplicationScoped
public class SweepLog {

    private final SweepRepository sweeps;
    private final Clock clock;

    public SweepLog(SweepRepository sweeps, Clock clock) {
        this.sweeps = sweeps;
        this.clock = clock;
    }

    @Transactional
    public long open(Sweep.Trigger trigger, String requestedBy) {
        Sweep sweep = new Sweep();
        sweep.trigger = trigger;
        sweep.requestedBy = requestedBy;
        sweep.state = Sweep.State.RUNNING;
        sweep.startedAt = clock.instant();
        sweeps.persist(sweep);
        return sweep.id;
    }

    @Transactional
    public void setDevices(long sweepId, int deviceCount) {
        sweeps.findById(sweepId).devices = deviceCount;
    }

    /**
     * Counts a batch of results and the rows written for them, plus the sweep's own; in the batch's transaction, so
     * the counts never tell of results that were not stored.
     */
    @Transactional
    public void counted(long sweepId, List<PollStatus> statuses, int rows) {
        // Locked: in a cluster several replicas count into the same sweep at once.
        Sweep sweep = sweeps.findById(sweepId, LockModeType.PESSIMISTIC_WRITE);
        statuses.forEach(sweep::count);
        sweep.rowsWritten += rows + 1;
    }

    /** Stores the sweep's outcome; returns how many devices ended in each status, for its log line. */
    @Transactional
    public Map<PollStatus, Integer> finish(long sweepId, Sweep.State state, int deviceCount) {
        Sweep sweep = sweeps.findById(sweepId);
        sweep.state = state;
        sweep.devices = deviceCount;
        sweep.finishedAt = clock.instant();
        return sweep.counts();
    }

    /** Marks sweeps a previous process left running as interrupted; returns how many. */
    @Transactional
    public int closeAbandoned() {
        List<Sweep> abandoned = sweeps.running();
        for (Sweep sweep : abandoned) {
            sweep.state = Sweep.State.INTERRUPTED;
            sweep.finishedAt = clock.instant();
        }
        return abandoned.size();
    }
}
