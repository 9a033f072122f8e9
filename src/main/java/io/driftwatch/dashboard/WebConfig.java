package io.driftwatch.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The dashboard: who may read it and the API, and where people reach it. Its own package, since both the pages and
 * the alert messages (whose links point at it) read it. Writes always need the {@code operator} role.
 */
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

    /** The dashboard's address as seen by whoever reads an alert, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /**
     * Serves Swagger UI at {@code /q/swagger-ui}, a browser page over the OpenAPI document at {@code /q/openapi};
     * off, it answers 404. The document itself is always served.
     */
    @WithDefault("false")
    boolean swaggerUi();

    enum ReadAccess {
        OPEN,
        LOGIN
    }
}
