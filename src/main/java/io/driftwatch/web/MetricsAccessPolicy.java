package io.driftwatch.web;

import io.driftwatch.dashboard.WebConfig;
import io.driftwatch.metrics.MetricsConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The {@code metrics-access} policy of {@code application.properties} for {@code /q/metrics}, which tells which
 * routers run which release: a request with the configured bearer token (Prometheus), or a signed-in user, may
 * read; anonymous readers only while reading is open and no token is configured. The health probes stay open.
 */
@ApplicationScoped
public class MetricsAccessPolicy implements HttpSecurityPolicy {

    private static final String BEARER = "Bearer ";

    private final WebConfig web;
    private final Optional<byte[]> tokenDigest;

    public MetricsAccessPolicy(WebConfig web, MetricsConfig metrics) {
        this.web = web;
        this.tokenDigest = metrics.bearerToken().filter(t -> !t.isBlank()).map(MetricsAccessPolicy::digest);
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (tokenDigest.isPresent() && carriesToken(request.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            return CheckResult.permit();
        }
        if (tokenDigest.isEmpty() && web.readAccess() == WebConfig.ReadAccess.OPEN) {
            return CheckResult.permit();
        }
        return identity.map(who -> who.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }

    private boolean carriesToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // Digests of equal length compared in constant time: the answer's timing says nothing about the token.
        return MessageDigest.isEqual(tokenDigest.get(), digest(authorization.substring(BEARER.length()).trim()));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String name() {
        return "metrics-access";
    }
}
