package io.driftwatch.history;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Deletes history older than {@code driftwatch.history.retention}, once a day. */
@ApplicationScoped
public class Retention {

    private final EntityManager entityManager;
    private final HistoryConfig config;
    private final Clock clock;

    public Retention(EntityManager entityManager, HistoryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "retention", cron = "${driftwatch.history.retention-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Purged purged = purge(clock.instant().minus(config.retention()));
        Log.infof("History retention (%s): deleted %d spans, %d drift events, %d sweeps", config.retention(),
                purged.spans(), purged.driftEvents(), purged.sweeps());
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
