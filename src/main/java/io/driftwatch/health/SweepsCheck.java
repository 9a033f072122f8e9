package io.driftwatch.health;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.SweepConfig;
import io.driftwatch.polling.SweepService;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
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
    private final HealthConfig config;
    private final Clock clock;
    private volatile Instant startedAt;

    public SweepsCheck(SweepRepository sweeps, SweepService service, SweepConfig sweepConfig, HealthConfig config,
            Clock clock) {
        this.sweeps = sweeps;
        this.service = service;
        this.sweepConfig = sweepConfig;
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
        if ("off".equalsIgnoreCase(sweepConfig.cron().trim())) {
            return response.withData("state", "unscheduled")
                    .withData("reason", "scheduled sweeps are off (driftwatch.sweep.cron=off); sweeps run only when"
                            + " started through the API")
                    .build();
        }
        Duration period = period(now);
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

    /** The cron's gap around now: from its last firing to its next (a weekday schedule has a long weekend gap). */
    private Duration period(Instant now) {
        ExecutionTime times = ExecutionTime.forCron(new CronParser(CronDefinitionBuilder.instanceDefinitionFor(
                CronType.QUARTZ)).parse(sweepConfig.cron()));
        ZonedDateTime at = now.atZone(clock.getZone());
        ZonedDateTime next = times.nextExecution(at).orElse(at);
        ZonedDateTime previous = times.lastExecution(at)
                .orElseGet(() -> next.minus(Duration.between(next, times.nextExecution(next).orElse(next))));
        return Duration.between(previous, next);
    }
}
