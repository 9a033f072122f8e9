package io.driftwatch.polling;

import io.quarkus.logging.Log;
import java.util.List;
import java.util.Optional;

/**
 * A cluster sweep's devices as this replica gets them: claimed in small batches while it has free slots, until
 * nothing is left to claim and nothing of its own is in flight; then it closes the sweep if every device is done, or
 * keeps looking (a replica that died frees its devices when their lease runs out) until some replica closes it.
 */
final class ClaimedTargets implements SweepService.Targets {

    private final long sweepId;
    private final ClusterSweeps cluster;
    private final SweepPlanner planner;
    private final SweepPlanner.Batches batches;
    private volatile ClusterSweeps.Closed closed;

    ClaimedTargets(long sweepId, ClusterSweeps cluster, SweepPlanner planner, SweepPlanner.Batches batches) {
        this.sweepId = sweepId;
        this.cluster = cluster;
        this.planner = planner;
        this.batches = batches;
    }

    @Override
    public List<PollTarget> next(int free, boolean idle) {
        try {
            List<Long> claimed = cluster.claims().claim(sweepId,
                    Math.min(free, cluster.node().config().claimBatch()));
            if (!claimed.isEmpty()) {
                return planner.targets(batches, claimed);
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

    /** The sweep as this replica closed it; empty when another replica closed it. */
    Optional<ClusterSweeps.Closed> closedHere() {
        return Optional.ofNullable(closed);
    }
}
