package io.driftwatch.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Lets Swagger UI run under the Content-Security-Policy. Its page, as Quarkus generates it, starts the UI with an
 * inline script, and the UI sets inline styles, which the policy of every other answer refuses; so its paths alone
 * allow inline scripts and styles. The rest of the policy stays: nothing from another origin, no framing, no eval.
 * The UI is served only with {@code driftwatch.web.swagger-ui=true} (README, "Security model").
 */
@ApplicationScoped
public class SwaggerUiPolicy {

    static final String PATH = "/q/swagger-ui";
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self';"
            + " object-src 'none'";

    void register(@Observes Filters filters) {
        filters.register(request -> {
            String path = request.normalizedPath();
            if (path.equals(PATH) || path.startsWith(PATH + "/")) {
                // At the end, so it replaces the header application.properties sets for every answer.
                request.addHeadersEndHandler(ignored -> request.response().putHeader("Content-Security-Policy",
                        POLICY));
            }
            request.next();
        }, Integer.MAX_VALUE - 2);
    }
}
