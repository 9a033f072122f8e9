package io.driftwatch.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Errors as JSON with a message that says what to do, thrown from resources. */
final class ApiError {

    private ApiError() {
    }

    static WebApplicationException of(Response.Status status, String message) {
        return new WebApplicationException(message, Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(status.getStatusCode(), message))
                .build());
    }

    record Body(int status, String message) {
    }
}
