package io.driftwatch.health;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.cluster.Members;
import io.driftwatch.inventory.InventoryService;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The replicas sharing this database, and the zones of the inventory that no live replica polls (degraded, still
 * up). A wellness check ({@code /q/health/well}, {@code /q/health/group/cluster}), not a probe: a pod cannot fix its peers, and restarting it or
 * taking it out of the Service would only lose one replica more. With the cluster off it queries nothing.
 */
@Wellness
@HealthGroup("cluster")
@ApplicationScoped
public class ClusterCheck implements HealthCheck {

    private final ClusterNode node;
    private final Members members;
    private final InventoryService inventory;

    public ClusterCheck(ClusterNode node, Members members, InventoryService inventory) {
        this.node = node;
        this.members = members;
        this.inventory = inventory;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cluster").up()
                .withData("enabled", node.enabled()).withData("nodeId", node.nodeId());
        if (!node.enabled()) {
            return response.withData("reason", "a single replica polls every device (driftwatch.cluster.enabled"
                    + " is false)").build();
        }
        List<Members.Member> all = members.all();
        List<String> uncovered = inventory.current().map(i -> ZoneCoverage.zonesWithoutReplica(i, all))
                .orElse(List.of());
        response.withData("zone", ZoneCoverage.name(node.zone().orElse(null)))
                .withData("members", all.stream().filter(Members.Member::live).count())
                .withData("knownMembers", all.size())
                .withData("zonesWithoutReplica", String.join(",", uncovered));
        if (uncovered.isEmpty()) {
            return response.withData("state", "ok")
                    .withData("reason", "every zone of the inventory has a live replica").build();
        }
        return response.withData("state", "degraded")
                .withData("reason", "no live replica in " + (uncovered.size() == 1 ? "zone " : "zones ")
                        + String.join(", ", uncovered) + ": their devices are not polled")
                .build();
    }
}
