package io.driftwatch.web;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused write says which role it needs and who asked, as JSON for the API and as a sentence for pages. */
public class ForbiddenMapper {

    @ServerExceptionMapper
    public Response refuse(ForbiddenException e, UriInfo uri, ContainerRequestContext request) {
        java.security.Principal user = request.getSecurityContext().getUserPrincipal();
        String who = user == null || user.getName().isEmpty() ? "an anonymous user" : user.getName();
        String message = "this needs the " + Viewer.OPERATOR + " role, which " + who + " does not have";
        return ErrorAnswer.of(uri, Response.Status.FORBIDDEN, message);
    }
}
