package io.driftwatch.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the HTTP basic challenge on the 401 answers of the API, its description and Swagger UI. Quarkus keeps basic
 * authentication silent while the pages' login form is on, which leaves curl, scripts and a browser opening Swagger
 * UI with a 401 that does not say how to sign in (RFC 9110 wants the header); the pages keep their redirect to the
 * login form.
 */
@ApplicationScoped
public class ApiChallenge {

    static final String CHALLENGE = "Basic realm=\"Driftwatch\", charset=\"UTF-8\"";

    void register(@Observes Filters filters) {
        // Above every Quarkus security handler, so the header is added even to answers they end early.
        filters.register(request -> {
            if (challenged(request.normalizedPath())) {
                request.addHeadersEndHandler(ignored -> {
                    // Also replaces the bare "basic" Quarkus sends after wrong credentials: one challenge for both.
                    if (request.response().getStatusCode() == 401) {
                        request.response().putHeader("WWW-Authenticate", CHALLENGE);
                    }
                });
            }
            request.next();
        }, Integer.MAX_VALUE);
    }

    /** The API, and its description and Swagger UI, which sign in the same way (application.properties). */
    static boolean challenged(String path) {
        return path.startsWith("/api/") || path.equals("/q/openapi") || path.startsWith("/q/openapi/")
                || path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/");
    }
}
