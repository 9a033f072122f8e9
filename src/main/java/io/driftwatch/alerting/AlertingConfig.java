package io.driftwatch.alerting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the delivery worker paces itself. */
@ConfigMapping(prefix = "driftwatch.alerting")
public interface AlertingConfig {

    /**
     * How often each hook's worker looks for due retries and finished sweeps' digests when nothing wakes it; new
     * events wake it at once after their transaction commits.
     */
    @WithDefault("5s")
    Duration pollInterval();

    /** Most deliveries one worker round loads at once. */
    @WithDefault("100")
    int batchSize();
}
