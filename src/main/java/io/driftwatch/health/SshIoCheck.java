package io.driftwatch.health;

import io.driftwatch.polling.SshIoProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while a loopback round trip through the SSH transport has completed within the heartbeat's limit. A
 * transport that no longer completes I/O fails every poll until the process restarts, which is what this probe's
 * failure asks Kubernetes to do; it never contacts a router, so no outage outside the process can fail it.
 */
@Liveness
@ApplicationScoped
public class SshIoCheck implements HealthCheck {

    private final SshIoProbe probe;
    private final HealthConfig config;
    private final Clock clock;

    public SshIoCheck(SshIoProbe probe, HealthConfig config, Clock clock) {
        this.probe = probe;
        this.config = config;
        this.clock = clock;
    }

    /** A round trip per heartbeat interval; one still in flight is left to finish within the limit. */
    @Scheduled(identity = "ssh-io-probe", every = "${driftwatch.health.heartbeat-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        Instant inFlight = probe.inFlightSince();
        if (inFlight == null
                || Duration.between(inFlight, clock.instant()).compareTo(LivenessCheck.limit(config)) > 0) {
            probe.start();
        }
    }

    @Override
    public HealthCheckResponse call() {
        Instant last = probe.lastRoundTrip();
        Duration age = Duration.between(last, clock.instant());
        Duration limit = LivenessCheck.limit(config);
        boolean alive = age.compareTo(limit) <= 0;
        String failure = probe.lastFailure();
        return HealthCheckResponse.named("ssh-transport").status(alive)
                .withData("lastRoundTrip", last.toString())
                .withData("roundTrips", probe.roundTrips())
                .withData("ageSeconds", age.toSeconds())
                .withData("limitSeconds", limit.toSeconds())
                .withData("reason", alive
                        ? "a loopback round trip through the SSH transport completed " + age.toSeconds() + " s ago"
                        : "no loopback round trip through the SSH transport has completed for " + age.toSeconds()
                                + " s (limit " + limit.toSeconds() + " s): its I/O is wedged, so every poll fails"
                                + (failure == null ? "" : "; last failure: " + failure))
                .build();
    }
}
