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
        // A fresh process gets a full grace, whatever an earlier one left behind.
        Optional<Instant> finishedHere = last.map(s -> s.finishedAt).filter(t -> t.isAfter(startedAt));
        Duration age = Duration.between(finishedHere.orElse(startedAt), now);
        response.withData("periodSeconds", period.toSeconds());
        String what = finishedHere.isPresent() ? "the last sweep finished " : "no sweep has finished since the daemon started ";
        if (age.compareTo(period.multipliedBy(config.sweepOverduePeriods())) > 0) {
            return response.down().withData("state", "stalled")
                    .withData("reason", what + age.toSeconds() + " s ago, over " + config.sweepOverduePeriods()
                            + " schedule periods of " + period.toSeconds() + " s")
                    .build();
        }
        if (age.compareTo(period.multipliedBy(2)) > 0) {
            return response.withData("state", "late")
                    .withData("reason", what + age.toSeconds() + " s ago: a scheduled sweep was missed or is slow")
                    .build();
        }
        if (last.isPresent() && last.get().state != Sweep.State.COMPLETED) {
            return response.withData("state", "degraded")
                    .withData("reason", "the last sweep was " + last.get().state.name().toLowerCase()
                            + "; the next scheduled one should complete")
                    .build();
        }
        return response.withData("state", "ok")
                .withData("reason", last.isPresent() ? "sweeps complete on schedule"
                        : "waiting for the first scheduled sweep")
                .build();
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
