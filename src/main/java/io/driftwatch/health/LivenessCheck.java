package io.driftwatch.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the scheduler's heartbeat has missed {@code heartbeat-missed} ticks. Never looks at routers, the
 * database or sweeps: a restart would not bring those back, and restarting on them would only lose work.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    private final Heartbeat heartbeat;
    private final HealthConfig config;
    private final Clock clock;

    public LivenessCheck(Heartbeat heartbeat, HealthConfig config, Clock clock) {
        this.heartbeat = heartbeat;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        Instant last = heartbeat.last();
        Duration age = Duration.between(last, clock.instant());
        Duration limit = limit(config);
        boolean alive = age.compareTo(limit) <= 0;
        return HealthCheckResponse.named("scheduler-heartbeat").status(alive)
                .withData("lastTick", last.toString())
                .withData("ageSeconds", age.toSeconds())
                .withData("limitSeconds", limit.toSeconds())
                .withData("reason", alive
                        ? "the scheduler ticked " + age.toSeconds() + " s ago"
                        : "the scheduler has not ticked for " + age.toSeconds() + " s (limit " + limit.toSeconds()
                                + " s): the process is wedged")
                .build();
    }

    /** How long liveness waits for what it watches: {@code heartbeat-missed} heartbeat intervals. */
    static Duration limit(HealthConfig config) {
        return config.heartbeatInterval().multipliedBy(config.heartbeatMissed());
    }
}
