package io.driftwatch.polling;

import io.driftwatch.history.Sweep;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Starts a sweep on the configured cron; a tick that finds a sweep still running is skipped, not queued. */
@ApplicationScoped
public class SweepScheduler {

    /** The scheduled job's identity, under which Quarkus's {@code Scheduler} reports its trigger. */
    public static final String JOB = "sweep";

    private final SweepService sweeps;

    public SweepScheduler(SweepService sweeps) {
        this.sweeps = sweeps;
    }

    @Scheduled(identity = JOB, cron = "${driftwatch.sweep.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sweeps.start(Sweep.Trigger.SCHEDULED).ifPresentOrElse(
                id -> Log.debugf("Scheduled sweep %d started", id),
                () -> Log.infof("Scheduled sweep skipped: sweep %d is still running",
                        sweeps.runningSweep().orElse(0L)));
    }
}
