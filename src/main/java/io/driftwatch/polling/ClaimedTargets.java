package io.driftwatch.polling;

import io.quarkus.logging.Log;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A cluster sweep's devices as this replica gets them: claimed in batches of up to {@code claim-batch} (at most its
 * {@code max-concurrency}) and handed out as slots free up, until nothing is left to claim and nothing of its own is
 * in flight; then it closes the sweep if every device is done, or keeps looking (a replica that died frees its
 * devices when their lease runs out) until some replica closes it. Claiming a batch ahead, rather than one device per
 * freed slot, keeps the database's work per device small; the batch is held under the same lease as polls in flight.
 */
final class ClaimedTargets implements SweepService.Targets {

    private final long sweepId;
    private final ClusterSweeps cluster;
    private final SweepPlanner planner;
    private final SweepPlanner.Batches batches;
    private final int batch;
    /** Claimed, not yet handed out; only the dispatching thread touches it. */
    private final Deque<PollTarget> ahead = new ArrayDeque<>();
    private volatile ClusterSweeps.Closed closed;

    ClaimedTargets(long sweepId, ClusterSweeps cluster, SweepPlanner planner, SweepPlanner.Batches batches,
            int maxConcurrency) {
        this.sweepId = sweepId;
        this.cluster = cluster;
        this.planner = planner;
        this.batches = batches;
        this.batch = Math.max(1, Math.min(cluster.node().config().claimBatch(), maxConcurrency));
    }

    @Override
    public List<PollTarget> next(int free, boolean idle) {
        try {
            if (ahead.isEmpty()) {
                claimAhead(Math.max(free, batch));
            }
            if (!ahead.isEmpty()) {
                List<PollTarget> next = new ArrayList<>(Math.min(free, ahead.size()));
                while (!ahead.isEmpty() && next.size() < free) {
                    next.add(ahead.poll());
                }
                return next;
            }
            if (!idle) {
                return List.of();
            }
            Optional<ClusterSweeps.Closed> closedHere = cluster.closeIfDone(sweepId);
            if (closedHere.isPresent()) {
                closed = closedHere.get();
                return null;
            }
            return cluster.stillRunning(sweepId) ? List.of() : null;
        } catch (RuntimeException e) {
            // The database may be briefly away; claims held meanwhile keep their lease until the heartbeat stops.
            Log.warnf("Sweep %d: claiming devices failed (%s); trying again", sweepId, e.getClass().getSimpleName());
            return List.of();
        }
    }

    private void claimAhead(int count) {
        List<Long> claimed = cluster.claims().claim(sweepId, count);
        if (claimed.isEmpty()) {
            return;
        }
        try {
            ahead.addAll(planner.targets(batches, claimed));
        } catch (RuntimeException e) {
            // Held but never polled, they would keep the sweep open for as long as this replica lives.
            cluster.claims().release(sweepId, claimed);
            throw e;
        }
    }

    /** The sweep as this replica closed it; empty when another replica closed it. */
    Optional<ClusterSweeps.Closed> closedHere() {
        return Optional.ofNullable(closed);
    }
}
