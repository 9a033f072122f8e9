package io.driftwatch.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long history is kept. */
@ConfigMapping(prefix = "driftwatch.history")
public interface HistoryConfig {

    /** Age past which closed history spans, drift events and sweeps are deleted; a device's present state stays. */
    @WithDefault("400d")
    Duration retention();

    /** Quartz-style cron of the daily clean-up, or {@code off}. */
    @WithDefault("0 17 3 * * ?")
    String retentionCron();
}
