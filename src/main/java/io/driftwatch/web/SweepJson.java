package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import java.time.Instant;
import java.util.Map;

/**
 * A sweep with its count per status; {@code finishedAt} is null while it runs.
 *
 * @param counts      devices per status, every status present
 * @param rowsWritten database rows inserted or updated to record the sweep
 * @param requestedBy who asked for it: a user's name, {@code schedule} for the cron, null if unknown (older sweeps)
 */
public record SweepJson(
        long id,
        Sweep.Trigger trigger,
        Sweep.State state,
        Instant startedAt,
        Instant finishedAt,
        int devices,
        int ok,
        int authFailed,
        int unreachable,
        int timeout,
        int hostKeyChanged,
        int parseFailed,
        int error,
        Map<PollStatus, Integer> counts,
        int rowsWritten,
        String requestedBy) {

    /** How long the sweep took, or 0 while it runs. */
    public long millis() {
        return finishedAt == null ? 0 : java.time.Duration.between(startedAt, finishedAt).toMillis();
    }

    public boolean running() {
        return state == Sweep.State.RUNNING;
    }

    /** Devices the sweep polled without success. */
    public int failed() {
        return authFailed + unreachable + timeout + hostKeyChanged + parseFailed + error;
    }

    static SweepJson of(Sweep s) {
        return new SweepJson(s.id, s.trigger, s.state, s.startedAt, s.finishedAt, s.devices, s.ok, s.authFailed,
                s.unreachable, s.timedOut, s.hostKeyChanged, s.parseFailed, s.errored, s.counts(), s.rowsWritten,
                s.requestedBy);
    }
}
