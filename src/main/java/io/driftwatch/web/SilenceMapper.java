package io.driftwatch.web;

import io.driftwatch.alerting.SilenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A silence request that cannot be honoured, by the kind of refusal. The alerting page answers its own forms, with
 * the page and the error on it.
 */
public class SilenceMapper {

    @ServerExceptionMapper
    public Response refuse(SilenceException refused, UriInfo uri) {
        Response.Status status = switch (refused.why()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case ALREADY_REMOVED -> Response.Status.CONFLICT;
        };
        return ErrorAnswer.of(uri, status, refused.getMessage());
    }
}
