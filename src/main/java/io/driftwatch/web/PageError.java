package io.driftwatch.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Errors of the pages' forms as a plain sentence, since a browser shows the body as it comes. */
final class PageError {

    private PageError() {
    }

    static WebApplicationException of(Response.Status status, String message) {
        return new WebApplicationException(message, Response.status(status)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(status.getStatusCode() + " " + status.getReasonPhrase() + ": " + message + "\n")
                .build());
    }
}
