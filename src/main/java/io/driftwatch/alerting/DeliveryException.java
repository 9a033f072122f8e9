package io.driftwatch.alerting;

import java.time.Duration;
import java.util.Optional;

/** An attempt failed; the message is what the page and the delivery row show. */
class DeliveryException extends Exception {

    private final transient Optional<Duration> retryAfter;

    DeliveryException(String message) {
        this(message, Optional.empty());
    }

    DeliveryException(String message, Optional<Duration> retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the receiver asked us to wait (HTTP 429 or 503 with Retry-After). */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
