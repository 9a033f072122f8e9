package io.driftwatch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.driftwatch.cluster.Members;
import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.history.Sweep;
import java.time.Instant;
import java.util.List;

/**
 * This replica and, in a cluster, the replicas sharing its database ({@code GET /api/cluster}, {@code /cluster}).
 * With the cluster off, only {@code enabled} and {@code nodeId}.
 *
 * @param zone                the zone this replica polls; absent for none
 * @param lastSweep           the last completed sweep, whose shares {@code members} give; absent before the first
 * @param members             every replica that ever joined, by node id
 * @param zonesWithoutReplica zones of the inventory's devices that no live replica polls, {@code (none)} for the
 *                            devices without a zone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterJson(
        boolean enabled,
        String nodeId,
        String zone,
        LastSweep lastSweep,
        List<MemberJson> members,
        List<String> zonesWithoutReplica) {

    static ClusterJson single(String nodeId) {
        return new ClusterJson(false, nodeId, null, null, null, null);
    }

    /** The sweep the shares are of. */
    public record LastSweep(long id, int devices, int skipped, Instant finishedAt) {

        static LastSweep of(Sweep sweep) {
            return new LastSweep(sweep.id, sweep.devices, sweep.skipped, sweep.finishedAt);
        }
    }

    /**
     * One replica.
     *
     * @param zone             null for a replica without a zone
     * @param live             whether its last heartbeat is younger than the lease
     * @param lastSweepDevices devices it recorded in the last completed sweep
     * @param lastSweepPercent their share of the devices that sweep recorded (not those it set aside), 0-100 to
     *                         one decimal
     */
    public record MemberJson(String node, String zone, boolean live, Instant heartbeatAt, Instant startedAt,
            int maxConcurrency, int lastSweepDevices, double lastSweepPercent) {

        /** @param share what it did in the last completed sweep, null for nothing */
        static MemberJson of(Members.Member member, LastSweep lastSweep, SweepClaims.Share share) {
            int devices = share == null ? 0 : share.devices();
            int recorded = lastSweep == null ? 0 : lastSweep.devices() - lastSweep.skipped();
            double percent = recorded <= 0 ? 0 : Math.round(devices * 1000.0 / recorded) / 10.0;
            return new MemberJson(member.nodeId(), member.zone(), member.live(), member.heartbeatAt(),
                    member.startedAt(), member.maxConcurrency(), devices, percent);
        }
    }
}
