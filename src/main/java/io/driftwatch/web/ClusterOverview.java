package io.driftwatch.web;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.cluster.Members;
import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.health.ZoneCoverage;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.inventory.InventoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the cluster view and {@code GET /api/cluster} show, read once for both. */
@ApplicationScoped
public class ClusterOverview {

    private final ClusterNode node;
    private final Members members;
    private final SweepClaims claims;
    private final SweepRepository sweeps;
    private final InventoryService inventory;

    public ClusterOverview(ClusterNode node, Members members, SweepClaims claims, SweepRepository sweeps,
            InventoryService inventory) {
        this.node = node;
        this.members = members;
        this.claims = claims;
        this.sweeps = sweeps;
        this.inventory = inventory;
    }

    /** With the cluster off, this replica alone, without a query: only a cluster writes the cluster's tables. */
    @Transactional
    public ClusterJson read() {
        if (!node.enabled()) {
            return ClusterJson.single(node.nodeId());
        }
        List<Members.Member> all = members.all();
        ClusterJson.LastSweep last = sweeps.lastCompleted().map(ClusterJson.LastSweep::of).orElse(null);
        Map<String, SweepClaims.Share> shares = last == null ? Map.of()
                : claims.shares(last.id()).stream()
                        .collect(Collectors.toMap(SweepClaims.Share::nodeId, Function.identity()));
        List<ClusterJson.MemberJson> rows = all.stream()
                .map(member -> ClusterJson.MemberJson.of(member, last, shares.get(member.nodeId()))).toList();
        List<String> uncovered = inventory.current().map(i -> ZoneCoverage.zonesWithoutReplica(i, all))
                .orElse(List.of());
        return new ClusterJson(true, node.nodeId(), node.zone().orElse(null), last, rows, uncovered);
    }
}
