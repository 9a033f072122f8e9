package io.driftwatch.drift;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When a change counts as drift. */
@ConfigMapping(prefix = "driftwatch.drift")
public interface DriftConfig {

    /** Sweeps in a row without an answer (UNREACHABLE or TIMEOUT) before a device is reported UNREACHABLE. */
    @WithDefault("3")
    int unreachableAfter();

    /** Slack for poll timing and clock steps: an uptime must fall short of the expected one by more than this. */
    @WithDefault("5m")
    Duration rebootTolerance();
}
