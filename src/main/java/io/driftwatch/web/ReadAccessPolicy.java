package io.driftwatch.web;

import io.driftwatch.dashboard.WebConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@code read-access} policy of {@code application.properties}: lets anyone read, or only signed-in users, as
 * {@code driftwatch.web.read-access} says. A refusal makes Quarkus challenge with the path's mechanism: the login
 * form for pages, a 401 asking for HTTP basic for the API.
 */
@ApplicationScoped
public class ReadAccessPolicy implements HttpSecurityPolicy {

    private final WebConfig config;

    public ReadAccessPolicy(WebConfig config) {
        this.config = config;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (config.readAccess() == WebConfig.ReadAccess.OPEN) {
            return CheckResult.permit();
        }
        return identity.map(who -> who.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    @Override
    public String name() {
        return "read-access";
    }
}
