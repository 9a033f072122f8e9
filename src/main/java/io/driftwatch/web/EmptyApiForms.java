package io.driftwatch.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets {@code curl -d ''} and similar clients post to the JSON API. They label an empty body as a form, and the
 * CSRF filter wants a token in every form. The API takes HTTP basic on each request and ignores the pages'
 * session cookie, so there is no session a forged form could ride on; an empty form there is just no body.
 */
public class EmptyApiForms {

    @ServerRequestFilter(preMatching = true)
    public void dropEmptyFormType(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("/api/")
                && "0".equals(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))
                && request.getMediaType() != null && "x-www-form-urlencoded".equals(request.getMediaType().getSubtype())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
