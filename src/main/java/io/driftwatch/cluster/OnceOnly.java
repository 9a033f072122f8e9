package io.driftwatch.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Jobs that run once cluster-wide per cron slot (a scheduled sweep, retention): every replica's scheduler fires at
 * the same slot, and the first to record the slot runs the job. A single replica always runs it.
 */
@ApplicationScoped
public class OnceOnly {

    private final EntityManager entityManager;
    private final ClusterNode node;

    public OnceOnly(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    /** Whether this replica runs {@code job} for the slot {@code slot} (its scheduled fire time). */
    @Transactional
    public boolean claim(String job, Instant slot) {
        if (!node.enabled()) {
            return true;
        }
        return entityManager.createNativeQuery("insert into cluster_job (job, slot, node_id, ran_at)"
                + " values (:job, :slot, :node, now()) on conflict do nothing").setParameter("job", job)
                .setParameter("slot", Timestamp.from(slot)).setParameter("node", node.nodeId()).executeUpdate() == 1;
    }

    /** Forgets slots older than {@code cutoff}; they are never fired again. */
    @Transactional
    public int forget(Instant cutoff) {
        return entityManager.createNativeQuery("delete from cluster_job where slot < :cutoff")
                .setParameter("cutoff", Timestamp.from(cutoff)).executeUpdate();
    }
}
