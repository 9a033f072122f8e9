package io.driftwatch.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may read the dashboard and the API. Writes always need the {@code operator} role. */
@ConfigMapping(prefix = "driftwatch.web")
public interface WebConfig {

    /** {@code open}: anyone may read pages and GET the API; {@code login}: reading needs a signed-in user too. */
    @WithDefault("open")
    ReadAccess readAccess();

    /**
     * Marks the session and CSRF cookies {@code Secure} even when the request reached the daemon over plain HTTP:
     * for a TLS-terminating ingress or proxy. Over TLS they are marked anyway.
     */
    @WithDefault("false")
    boolean secureCookies();

    enum ReadAccess {
        OPEN, LOGIN
    }
}
