package io.driftwatch.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer of an exception mapper: JSON under {@code /api/}, a plain sentence for the pages' forms. */
final class ErrorAnswer {

    private ErrorAnswer() {
    }

    static Response of(UriInfo uri, Response.Status status, String message) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError.Body(status.getStatusCode(), message)).build();
        }
        return PageError.of(status, message).getResponse();
    }
}
