package io.driftwatch.web;

import io.driftwatch.dashboard.WebConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks every cookie the daemon sets (the session, the page to return to after login, the CSRF token) {@code HttpOnly}
 * and {@code SameSite=Strict}, and {@code Secure} when the request came over TLS or
 * {@code driftwatch.web.secure-cookies} says the daemon sits behind a TLS-terminating proxy. Quarkus sets
 * {@code Secure} only when it sees TLS itself, which it never does behind such an ingress, and its CSRF cookie has
 * no SameSite setting; one place for all three keeps them from drifting apart.
 */
@ApplicationScoped
public class CookieFlags {

    private final WebConfig config;
    private final List<String> names;

    public CookieFlags(WebConfig config,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name",
                    defaultValue = "quarkus-credential") String session,
            @ConfigProperty(name = "quarkus.http.auth.form.location-cookie",
                    defaultValue = "quarkus-redirect-location") String location,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrf) {
        this.config = config;
        this.names = List.of(session, location, csrf);
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> mark(context));
            context.next();
        }, Integer.MAX_VALUE);
    }

    private void mark(RoutingContext context) {
        boolean secure = config.secureCookies() || context.request().isSSL();
        for (String name : names) {
            for (Cookie cookie : context.request().cookies(name)) {
                // The jar also holds the cookies the browser sent; only the ones this answer sets are written out.
                if (cookie instanceof ServerCookie sent && sent.isChanged()) {
                    cookie.setHttpOnly(true).setSameSite(CookieSameSite.STRICT);
                    if (secure) {
                        cookie.setSecure(true);
                    }
                }
            }
        }
    }
}
