package io.driftwatch.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How much of the fleet the metrics show. */
@ConfigMapping(prefix = "driftwatch.metrics")
public interface MetricsConfig {

    /**
     * Versions per platform given a series of their own in {@code driftwatch_device_versions}; the rest are summed
     * as {@code other}, so a fleet of many builds cannot flood Prometheus with series.
     */
    @WithDefault("10")
    int versionsPerPlatform();

    /**
     * How often the outbox backlog gauge is read from the database (one grouped query), so a scrape never queries
     * it. Read by the scheduler as {@code driftwatch.metrics.backlog-interval}.
     */
    @WithDefault("10s")
    Duration backlogInterval();

    /**
     * A token Prometheus sends as {@code Authorization: Bearer ...} to read {@code /q/metrics}. When set, the metrics
     * answer only that token or a signed-in user, whatever {@code driftwatch.web.read-access} says.
     */
    Optional<String> bearerToken();
}
