package io.driftwatch.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The replicas that joined the cluster, each live while its heartbeat is younger than the lease. */
@ApplicationScoped
public class Members {

    private final EntityManager entityManager;
    private final ClusterNode node;

    public Members(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    /** Records that this replica is alive, with its zone and how many devices it polls at once. */
    @Transactional
    public void beat(int maxConcurrency, Instant startedAt) {
        entityManager.createNativeQuery("insert into cluster_member (node_id, zone, max_concurrency, started_at,"
                + " heartbeat_at) values (:node, :zone, :concurrency, :started, now()) on conflict (node_id) do update"
                + " set zone = excluded.zone, max_concurrency = excluded.max_concurrency,"
                + " started_at = excluded.started_at, heartbeat_at = now()")
                .setParameter("node", node.nodeId()).setParameter("zone", node.zone().orElse(null))
                .setParameter("concurrency", maxConcurrency).setParameter("started", Timestamp.from(startedAt))
                .executeUpdate();
    }

    /** Every replica that ever joined, live or not, by node id. */
    @Transactional
    public List<Member> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select node_id, zone, max_concurrency, started_at,"
                + " heartbeat_at, heartbeat_at > now() - cast(:lease as integer) * interval '1 millisecond'"
                + " from cluster_member order by node_id")
                .setParameter("lease", (int) node.lease().toMillis()).getResultList();
        return rows.stream().map(Members::member).toList();
    }

    private static Member member(Object[] row) {
        return new Member((String) row[0], (String) row[1], ((Number) row[2]).intValue(), Instants.of(row[3]),
                Instants.of(row[4]), Boolean.TRUE.equals(row[5]));
    }

    /**
     * One replica.
     *
     * @param zone null for a replica without a zone
     * @param live whether its last heartbeat is younger than the lease
     */
    public record Member(String nodeId, String zone, int maxConcurrency, Instant startedAt, Instant heartbeatAt,
            boolean live) {
    }
}
