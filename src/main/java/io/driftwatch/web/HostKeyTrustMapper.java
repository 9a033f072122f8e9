package io.driftwatch.web;

import io.driftwatch.polling.HostKeyTrust;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused host key trust, from the API or a page's form, by the kind of refusal. */
public class HostKeyTrustMapper {

    @ServerExceptionMapper
    public Response refuse(HostKeyTrust.Refused refused, UriInfo uri) {
        Response.Status status = switch (refused.why()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case NO_FINGERPRINT -> Response.Status.BAD_REQUEST;
            case NOTHING_TO_TRUST, FINGERPRINT_MISMATCH -> Response.Status.CONFLICT;
        };
        return ErrorAnswer.of(uri, status, refused.getMessage());
    }
}
