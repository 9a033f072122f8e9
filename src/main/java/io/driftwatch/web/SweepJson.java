package io.driftwatch.web;

import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A sweep with its count per status; {@code finishedAt} is null while it runs.
 *
 * @param counts      devices per status, every status present
 * @param rowsWritten database rows inserted or updated to record the sweep
 * @param requestedBy who asked for it: a user's name, {@code schedule} for the cron, null if unknown (older sweeps)
 * @param skipped     devices a cluster sweep did not poll because no live replica serves their zone
 * @param replicas    what each replica did in a cluster sweep, by node id; empty for a sweep of a single replica and
 *                    while the sweep runs
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
        String requestedBy,
        int skipped,
        List<ReplicaJson> replicas) {

    /** How long the sweep took, or 0 while it runs. */
    public long millis() {
        return finishedAt == null ? 0 : Duration.between(startedAt, finishedAt).toMillis();
    }

    public boolean running() {
        return state == Sweep.State.RUNNING;
    }

    /** Devices the sweep polled without success. */
    public int failed() {
        return authFailed + unreachable + timeout + hostKeyChanged + parseFailed + error;
    }

    /** For lists that show no replicas: {@code replicas} is empty. */
    static SweepJson of(Sweep s) {
        return of(s, List.of());
    }

    static SweepJson of(Sweep s, List<SweepClaims.Share> shares) {
        return new SweepJson(s.id, s.trigger, s.state, s.startedAt, s.finishedAt, s.devices, s.ok, s.authFailed,
                s.unreachable, s.timedOut, s.hostKeyChanged, s.parseFailed, s.errored, s.counts(), s.rowsWritten,
                s.requestedBy, s.skipped, shares.stream().map(ReplicaJson::of).toList());
    }

    /**
     * One replica's part of a cluster sweep.
     *
     * @param devices        devices it recorded
     * @param firstClaimedAt its first claim
     * @param lastRecordedAt its last record
     * @param seconds        from its first claim to its last record
     */
    public record ReplicaJson(String node, int devices, Instant firstClaimedAt, Instant lastRecordedAt,
            double seconds) {

        static ReplicaJson of(SweepClaims.Share share) {
            return new ReplicaJson(share.nodeId(), share.devices(), share.firstClaimedAt(), share.lastRecordedAt(),
                    Duration.between(share.firstClaimedAt(), share.lastRecordedAt()).toMillis() / 1000.0);
        }
    }
}
