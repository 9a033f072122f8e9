package io.driftwatch.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;

/**
 * Lets only scripts write through the API. A browser that has cached HTTP basic credentials for the API sends them
 * with any request a hostile page makes it send, and the API has no CSRF token, so writes must be requests no web
 * page can forge: none that the browser marks as coming from another site ({@code Sec-Fetch-Site}, which pages
 * cannot set), and no body but JSON (a page can post a form or text without asking the API first, but a JSON body
 * from another origin needs a CORS preflight, which Driftwatch never grants). A request with no body and no type,
 * {@code curl -X POST}, carries nothing a form could have sent and passes. An empty form is refused like a full one:
 * that is exactly what a cross-site form without fields sends.
 */
@ApplicationScoped
public class ApiWrites {

    static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH);

    void register(@Observes Filters filters) {
        // Above the security handlers: a forged request is refused before its cached credentials are even checked.
        filters.register(this::check, Integer.MAX_VALUE - 1);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!WRITES.contains(request.method()) || !context.normalizedPath().startsWith("/api/")) {
            context.next();
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            refuse(context, 403, "an API write sent by a web page of another site is refused; scripts do not send"
                    + " Sec-Fetch-Site, and the pages use their own forms");
            return;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null ? !isJson(type) : hasBody(request)) {
            refuse(context, 415, "API writes take a JSON body (Content-Type: application/json) or none at all");
            return;
        }
        context.next();
    }

    private static boolean isJson(String contentType) {
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return mediaType.toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    private static void refuse(RoutingContext context, int status, String message) {
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("status", status).put("message", message).encode());
    }
}
