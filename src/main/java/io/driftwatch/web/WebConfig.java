package io.driftwatch.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may read the dashboard and the API. Writes always need the {@code operator} role. */
@ConfigMapping(prefix = "driftwatch.web")
public interface WebConfig {

    /** {@code open}: anyone may read pages and GET the API; {@code login}: reading needs a signed-in user too. */
    @WithDefault("open")
    ReadAccess readAccess();

    enum ReadAccess {
        OPEN, LOGIN
    }
}
