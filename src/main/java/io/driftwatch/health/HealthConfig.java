package io.driftwatch.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When the health checks call the daemon wedged, the database gone, or the sweeps stalled. */
@ConfigMapping(prefix = "driftwatch.health")
public interface HealthConfig {

    /** How often the scheduler's heartbeat ticks; liveness watches it. */
    @WithDefault("10s")
    Duration heartbeatInterval();

    /** Heartbeats missed in a row before liveness fails: only a process this stuck is worth a restart. */
    @WithDefault("6")
    int heartbeatMissed();

    /** Longest wait for the database to validate a connection in the readiness check. */
    @WithDefault("3s")
    Duration databaseTimeout();

    /**
     * Schedule periods without a finished sweep before the {@code sweeps} check goes down; one period late is
     * degraded.
     */
    @WithDefault("3")
    int sweepOverduePeriods();
}
