package io.driftwatch.polling;

import io.driftwatch.cluster.OnceOnly;
import io.driftwatch.history.Sweep;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Starts a sweep on the configured cron; a tick that finds a sweep still running is skipped, not queued. In a
 * cluster every replica's cron fires, and only the replica that takes the slot opens the sweep: the others join it.
 */
@ApplicationScoped
public class SweepScheduler {

    /** The scheduled job's identity, under which Quarkus's {@code Scheduler} reports its trigger. */
    public static final String JOB = "sweep";

    private final SweepService sweeps;
    private final OnceOnly onceOnly;

    public SweepScheduler(SweepService sweeps, OnceOnly onceOnly) {
        this.sweeps = sweeps;
        this.onceOnly = onceOnly;
    }

    @Scheduled(identity = JOB, cron = "${driftwatch.sweep.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick(ScheduledExecution execution) {
        if (!onceOnly.claim(JOB, execution.getScheduledFireTime())) {
            Log.debugf("Scheduled sweep of %s left to the replica that took the slot",
                    execution.getScheduledFireTime());
            return;
        }
        sweeps.start(Sweep.Trigger.SCHEDULED).ifPresentOrElse(
                id -> Log.debugf("Scheduled sweep %d started", id),
                () -> Log.infof("Scheduled sweep skipped: sweep %d is still running",
                        sweeps.runningSweep().orElse(0L)));
    }
}
