package io.driftwatch.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Several replicas on one PostgreSQL database (README, "Running several replicas"). */
@ConfigMapping(prefix = "driftwatch.cluster")
public interface ClusterConfig {

    /** Share sweeps, alert deliveries and housekeeping with the other replicas on the same database. */
    @WithDefault("false")
    boolean enabled();

    /** This replica's name in the cluster; the host name (a pod's name) when unset. */
    Optional<String> nodeId();

    /** The remote site this replica polls: only devices of this zone; without one, only devices without a zone. */
    Optional<String> zone();

    /** How long a claimed device (or a hook's sender) stays with a replica that stops renewing its claim. */
    @WithDefault("2m")
    Duration lease();

    /** How often a replica looks for a sweep to join, and for devices freed by a replica that died. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most devices claimed at once, fewer when fewer of this replica's concurrency slots are free. */
    @WithDefault("25")
    int claimBatch();
}
