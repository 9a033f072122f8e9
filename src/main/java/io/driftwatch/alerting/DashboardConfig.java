package io.driftwatch.alerting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where people reach the dashboard, for the links in alert messages. */
@ConfigMapping(prefix = "driftwatch.web")
public interface DashboardConfig {

    /** The dashboard's address as seen by whoever reads an alert, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String baseUrl();
}
