package io.driftwatch.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much of the fleet the metrics show. */
@ConfigMapping(prefix = "driftwatch.metrics")
public interface MetricsConfig {

    /**
     * Versions per platform given a series of their own in {@code driftwatch_device_versions}; the rest are summed
     * as {@code other}, so a fleet of many builds cannot flood Prometheus with series.
     */
    @WithDefault("10")
    int versionsPerPlatform();
}
