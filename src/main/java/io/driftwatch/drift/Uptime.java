package io.driftwatch.drift;

import java.time.Duration;

/**
 * An uptime read from a version output.
 *
 * @param value      the uptime as printed, rounded down to the smallest unit the device wrote
 * @param resolution that smallest unit: the true uptime is at least {@code value} and less than
 *                   {@code value + resolution} ({@code "15 days"} may be nearly 16)
 */
public record Uptime(Duration value, Duration resolution) {

    /** The most the true uptime can be. */
    public Duration upperBound() {
        return value.plus(resolution);
    }
}
