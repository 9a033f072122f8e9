package io.driftwatch.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a login posted from another site. The login form is Quarkus's own and carries no CSRF token, so a hostile
 * page could otherwise sign a visitor in as the attacker's user, and what the visitor then does would be recorded
 * under that name. Browsers say where a request comes from in {@code Sec-Fetch-Site}, which no page can forge;
 * clients that do not send it (curl, old browsers) are let through, as they cannot be made to post by another site.
 */
@ApplicationScoped
public class CrossSiteLogin {

    static final String LOGIN_ACTION = "/j_security_check";

    void register(@Observes Filters filters) {
        // Above the form authentication, which takes the post before any resource would see it.
        filters.register(request -> {
            if (request.request().method() == HttpMethod.POST && LOGIN_ACTION.equals(request.normalizedPath())
                    && "cross-site".equalsIgnoreCase(request.request().getHeader("Sec-Fetch-Site"))) {
                request.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                        .end("403 Forbidden: a login posted from another site is refused; sign in on this site's"
                                + " login page");
                return;
            }
            request.next();
        }, Integer.MAX_VALUE);
    }
}
