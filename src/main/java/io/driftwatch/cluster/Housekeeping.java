package io.driftwatch.cluster;

import io.driftwatch.history.HistoryConfig;
import io.driftwatch.history.Retention;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The daily clean-up, run once per cron slot cluster-wide (every replica's scheduler fires it; the first to claim the
 * slot runs it): history retention, and the cluster's rows that outlive what they describe.
 */
@ApplicationScoped
public class Housekeeping {

    static final String JOB = "retention";
    /** A replica not heard from for this long is gone for good (a replaced Deployment pod has a new name). */
    static final Duration FORGET_MEMBERS = Duration.ofDays(7);

    private final Retention retention;
    private final OnceOnly onceOnly;
    private final EntityManager entityManager;
    private final HistoryConfig config;
    private final Clock clock;

    public Housekeeping(Retention retention, OnceOnly onceOnly, EntityManager entityManager, HistoryConfig config,
            Clock clock) {
        this.retention = retention;
        this.onceOnly = onceOnly;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, cron = "${driftwatch.history.retention-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily(ScheduledExecution execution) {
        runOnce(execution.getScheduledFireTime());
    }

    /** Cleans up unless another replica already did for this slot; whether this replica did. */
    public boolean runOnce(Instant slot) {
        if (!onceOnly.claim(JOB, slot)) {
            return false;
        }
        Retention.Purged purged = clean(clock.instant().minus(config.retention()));
        Log.infof("History retention (%s): deleted %d spans, %d drift events, %d sweeps", config.retention(),
                purged.spans(), purged.driftEvents(), purged.sweeps());
        return true;
    }

    /**
     * Deletes history that ended before {@code cutoff}, with the replicas' shares of the sweeps it deleted and the
     * once-only slots older than the cut-off, and forgets replicas silent for {@link #FORGET_MEMBERS}.
     */
    @Transactional
    public Retention.Purged clean(Instant cutoff) {
        Retention.Purged purged = retention.purge(cutoff);
        entityManager.createNativeQuery("delete from sweep_share where not exists"
                + " (select 1 from sweep where sweep.id = sweep_share.sweep_id)").executeUpdate();
        onceOnly.forget(cutoff);
        entityManager.createNativeQuery("delete from cluster_member where heartbeat_at < :gone")
                .setParameter("gone", Timestamp.from(clock.instant().minus(FORGET_MEMBERS))).executeUpdate();
        return purged;
    }
}
