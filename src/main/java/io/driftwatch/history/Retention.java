package io.driftwatch.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Deletes history older than {@code driftwatch.history.retention}: once a day, and once cluster-wide when replicas
 * share the database (the cluster's Housekeeping schedules it).
 */
@ApplicationScoped
public class Retention {

    private final EntityManager entityManager;

    public Retention(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Deletes what ended before {@code cutoff}. Open spans, the devices' present state, are never deleted. */
    @Transactional
    public Purged purge(Instant cutoff) {
        int spans = entityManager.createQuery("delete from Observation where lastSeenAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        int events = entityManager.createQuery("delete from DriftEvent where occurredAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        // A sweep still named by a kept span or event stays, so every stored id can be looked up.
        int sweeps = entityManager.createQuery("delete from Sweep s where s.startedAt < :cutoff"
                + " and s.state <> io.driftwatch.history.Sweep.State.RUNNING"
                + " and not exists (select 1 from Observation o where o.sweepId = s.id)"
                + " and not exists (select 1 from DriftEvent e where e.sweepId = s.id)")
                .setParameter("cutoff", cutoff).executeUpdate();
        return new Purged(spans, events, sweeps);
    }

    /** What one clean-up deleted. */
    public record Purged(int spans, int driftEvents, int sweeps) {
    }
}
