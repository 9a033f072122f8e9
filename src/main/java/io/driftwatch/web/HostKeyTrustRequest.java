package io.driftwatch.web;

import io.driftwatch.polling.HostKeyTrust;
import jakarta.ws.rs.core.Response;

/**
 * The body of an API trust request: the SHA-256 fingerprint of the key the operator looked at, as the device (or
 * bastion) shows it under {@code offeredHostKeyFingerprint}.
 */
public record HostKeyTrustRequest(String fingerprint) {

    /** The answer to a refused trust, for the API and the pages alike. */
    static Response.Status statusOf(HostKeyTrust.Refused refused) {
        return switch (refused.why()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case NO_FINGERPRINT -> Response.Status.BAD_REQUEST;
            case NOTHING_TO_TRUST, FINGERPRINT_MISMATCH -> Response.Status.CONFLICT;
        };
    }
}
