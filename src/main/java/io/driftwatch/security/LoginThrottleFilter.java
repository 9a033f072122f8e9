package io.driftwatch.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the {@link LoginThrottle} in front of both ways to sign in. HTTP basic names its user in a header, so a locked
 * user is refused before anything runs, the right password included. The login form names its user in the body,
 * which only Quarkus's form mechanism may read; its answer is replaced when the user turns out to be locked: no
 * session cookie, no redirect, 429 instead. Each answer is then counted: a 401 (basic) or the redirect to the error
 * page (form) is a failure, a signed-in request a success. The client address is Vert.x's remote address as Quarkus
 * resolves it: the forwarding headers count only when {@code quarkus.http.proxy.proxy-address-forwarding} trusts
 * the proxy.
 */
@ApplicationScoped
public class LoginThrottleFilter {

    private static final String BASIC = "Basic ";

    private final LoginThrottle throttle;
    private final String loginAction;
    private final String usernameField;
    private final String errorPage;
    private final String sessionCookie;

    public LoginThrottleFilter(LoginThrottle throttle,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location",
                    defaultValue = "/j_security_check") String loginAction,
            @ConfigProperty(name = "quarkus.http.auth.form.username-parameter",
                    defaultValue = "j_username") String usernameField,
            @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/error.html") String errorPage,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name",
                    defaultValue = "quarkus-credential") String sessionCookie) {
        this.throttle = throttle;
        this.loginAction = loginAction;
        this.usernameField = usernameField;
        this.errorPage = errorPage;
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Filters filters) {
        // Above the security handlers, so a locked basic login never reaches the realm or a resource.
        filters.register(this::filter, Integer.MAX_VALUE - 2);
    }

    private void filter(RoutingContext context) {
        String address = address(context);
        String path = context.normalizedPath();
        // Basic counts only where it is the mechanism (application.properties): elsewhere Quarkus ignores the header,
        // and an answer there must not count as a success that clears a guesser's failures.
        String basicUser = path.startsWith("/api/") || path.startsWith("/q/metrics") ? basicUser(context) : null;
        if (basicUser != null) {
            Optional<Duration> locked = throttle.lockedFor(basicUser, address);
            if (locked.isPresent()) {
                tooMany(context.response(), locked.get());
                context.response().end("429 Too Many Requests: too many failed logins for this user from this"
                        + " address; try again later");
                return;
            }
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 401) {
                    throttle.failed(basicUser, address);
                } else if (context.user() != null) {
                    throttle.succeeded(basicUser, address);
                }
            });
        } else if (context.request().method() == HttpMethod.POST && loginAction.equals(path)) {
            context.addHeadersEndHandler(ignored -> formAnswered(context, address));
        }
        context.next();
    }

    private void formAnswered(RoutingContext context, String address) {
        String user = context.request().formAttributes().get(usernameField);
        if (user == null) {
            return;
        }
        HttpServerResponse response = context.response();
        Optional<Duration> locked = throttle.lockedFor(user, address);
        if (locked.isPresent()) {
            // Answered as locked whatever the password was: the answer tells a guesser nothing.
            response.removeCookie(sessionCookie, false);
            response.headers().remove(HttpHeaders.LOCATION);
            tooMany(response, locked.get());
            return;
        }
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location != null && location.contains(errorPage)) {
            throttle.failed(user, address);
        } else if (response.getStatusCode() / 100 == 3) {
            throttle.succeeded(user, address);
        }
    }

    private static void tooMany(HttpServerResponse response, Duration lock) {
        response.setStatusCode(429).setStatusMessage("Too Many Requests");
        response.headers().remove("WWW-Authenticate");
        // Whole seconds, rounded up: a client that waits exactly this long finds the lock gone.
        response.putHeader("Retry-After", Long.toString(Math.max(1, (lock.toMillis() + 999) / 1000)));
        response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8");
    }

    private static String basicUser(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String address(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}
