package io.driftwatch.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * Work that must have one runner cluster-wide (a hook's sender) runs on the replica holding the work's named lease,
 * which renews it as it goes. A replica that stops renewing (killed, cut off from the database) loses it once
 * {@code driftwatch.cluster.lease} has passed; one that stops gives it back, so another takes over at once. The
 * database's clock decides, so the replicas' clocks need not agree. A single replica holds every lease, untouched.
 */
@ApplicationScoped
public class Leases {

    private final EntityManager entityManager;
    private final ClusterNode node;

    public Leases(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    /**
     * Takes the lease, or renews it, for {@code driftwatch.cluster.lease} from now; whether this replica holds it.
     * Another replica's lease is taken only once it has run out.
     */
    @Transactional
    public boolean hold(String name) {
        if (!node.enabled()) {
            return true;
        }
        return !entityManager.createNativeQuery("insert into cluster_lease (name, node_id, lease_until)"
                + " values (:name, :node, now() + cast(:lease as integer) * interval '1 millisecond')"
                + " on conflict (name) do update set node_id = excluded.node_id, lease_until = excluded.lease_until"
                + " where cluster_lease.lease_until < now() or cluster_lease.node_id = excluded.node_id"
                + " returning node_id").setParameter("name", name).setParameter("node", node.nodeId())
                .setParameter("lease", (int) node.lease().toMillis()).getResultList().isEmpty();
    }

    /** Gives the lease back if this replica holds it, so another replica takes it at once. */
    @Transactional
    public void release(String name) {
        if (!node.enabled()) {
            return;
        }
        entityManager.createNativeQuery("delete from cluster_lease where name = :name and node_id = :node")
                .setParameter("name", name).setParameter("node", node.nodeId()).executeUpdate();
    }

    /** Whether other replicas share the leases: only then is holding one worth logging and renewing. */
    public boolean shared() {
        return node.enabled();
    }

    /** How often a holder renews: a third of the lease, so one late or failed renewal does not yet lose it. */
    public Duration renewEvery() {
        return node.lease().dividedBy(3);
    }
}
