package io.driftwatch.health;

import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.SweepConfig;
import io.driftwatch.polling.SweepScheduler;
import io.driftwatch.polling.SweepService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether sweeps keep completing on schedule: the last finished sweep's age and outcome against the cron's period.
 * Late (degraded, still up) after two periods or when the last sweep was interrupted; down after
 * {@code sweep-overdue-periods}. It is a wellness check ({@code /q/health/well}, {@code /q/health/group/sweeps}),
 * not a probe: a restart would not make unreachable routers answer, and taking the pod out of the Service would hide
 * the very pages that show why. Alert on it, or on {@code driftwatch_sweep_duration_seconds_count}, instead.
 */
@Wellness
@HealthGroup("sweeps")
@ApplicationScoped
public class SweepsCheck implements HealthCheck {

    private final SweepRepository sweeps;
    private final SweepService service;
    private final SweepConfig sweepConfig;
    private final Scheduler scheduler;
    private final HealthConfig config;
    private final Clock clock;
    private volatile Instant startedAt;

    public SweepsCheck(SweepRepository sweeps, SweepService service, SweepConfig sweepConfig, Scheduler scheduler,
            HealthConfig config, Clock clock) {
        this.sweeps = sweeps;
        this.service = service;
        this.sweepConfig = sweepConfig;
        this.scheduler = scheduler;
        this.config = config;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void onStart(@Observes StartupEvent event) {
        startedAt = clock.instant();
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        Instant now = clock.instant();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sweeps").up()
                .withData("schedule", sweepConfig.cron());
        service.runningSweep().ifPresent(id -> response.withData("runningSweep", id));
        Optional<Sweep> last = sweeps.lastFinished();
        last.ifPresent(sweep -> response.withData("lastSweep", sweep.id)
                .withData("lastOutcome", sweep.state.name())
                .withData("lastFinishedAt", sweep.finishedAt.toString())
                .withData("lastAgeSeconds", Duration.between(sweep.finishedAt, now).toSeconds()));
        // Quarkus decides whether the cron schedules anything (it takes "off" and "disabled"), so ask it.
        Trigger trigger = scheduler.getScheduledJob(SweepScheduler.JOB);
        if (trigger == null || trigger.getNextFireTime() == null) {
            return response.withData("state", "unscheduled")
                    .withData("reason", "scheduled sweeps are off (driftwatch.sweep.cron=" + sweepConfig.cron().trim()
                            + "); sweeps run only when started through the API")
                    .build();
        }
        Duration period = period(trigger, now);
        response.withData("periodSeconds", period.toSeconds());
        // A fresh process gets a full grace, whatever an earlier one left behind.
        Instant finishedHere = last.map(sweep -> sweep.finishedAt).filter(t -> t.isAfter(startedAt)).orElse(null);
        Verdict verdict = judge(last.map(sweep -> sweep.state).orElse(null), finishedHere, startedAt, now, period,
                config.sweepOverduePeriods());
        return response.status(verdict.up()).withData("state", verdict.state()).withData("reason", verdict.reason())
                .build();
    }

    /** The check's finding: whether it is up, a one-word state, and why. */
    record Verdict(boolean up, String state, String reason) {
    }

    /**
     * Stalled (down) past {@code overduePeriods} periods without a finished sweep, late past two, degraded when the
     * last sweep did not complete, else ok.
     *
     * @param lastOutcome  the last finished sweep's state, null if none ever finished
     * @param finishedHere when the last sweep finished if that was after this process started, else null
     */
    static Verdict judge(Sweep.State lastOutcome, Instant finishedHere, Instant startedAt, Instant now,
            Duration period, int overduePeriods) {
        Duration age = Duration.between(finishedHere != null ? finishedHere : startedAt, now);
        String what = finishedHere != null ? "the last sweep finished " + age.toSeconds() + " s ago"
                : "no sweep has finished since the daemon started " + age.toSeconds() + " s ago";
        if (age.compareTo(period.multipliedBy(overduePeriods)) > 0) {
            return new Verdict(false, "stalled", what + ", over " + overduePeriods + " schedule periods of "
                    + period.toSeconds() + " s");
        }
        if (age.compareTo(period.multipliedBy(2)) > 0) {
            return new Verdict(true, "late", what + ": a scheduled sweep was missed or is slow");
        }
        if (lastOutcome != null && lastOutcome != Sweep.State.COMPLETED) {
            return new Verdict(true, "degraded", "the last sweep was " + lastOutcome.name().toLowerCase()
                    + "; the next scheduled one should complete");
        }
        return new Verdict(true, "ok", finishedHere != null ? "sweeps complete on schedule"
                : "waiting for the first scheduled sweep");
    }

    /**
     * The schedule's gap around now, from the scheduler's own trigger: from its last firing to its next (a weekday
     * schedule has a long weekend gap). Before its first firing in this process, from the start to that firing (or to
     * now, if the scheduler is behind), so nothing counts as late before a first tick.
     */
    private Duration period(Trigger trigger, Instant now) {
        Instant next = trigger.getNextFireTime();
        Instant previous = trigger.getPreviousFireTime();
        if (previous != null) {
            // The trigger records when it actually fired, a little after the whole second the cron named.
            return Duration.between(previous.truncatedTo(ChronoUnit.SECONDS), next);
        }
        return Duration.between(startedAt, next.isAfter(now) ? next : now);
    }
}
