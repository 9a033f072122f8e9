package io.driftwatch.drift;

import io.driftwatch.versions.Direction;

/**
 * One detected change, before it is stored: {@code from} and {@code to} are what the kind compares.
 *
 * @param direction for a version change, which way it went under the platform's version order; else null
 */
public record Drift(DriftKind kind, String from, String to, Direction direction) {

    /** A change that has no direction, such as a new host key. */
    public Drift(DriftKind kind, String from, String to) {
        this(kind, from, to, null);
    }
}
