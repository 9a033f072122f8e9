package io.driftwatch.drift;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.versions.Direction;

/**
 * One detected change, before it is stored: {@code from} and {@code to} are what the kind compares.
 *
 * @param direction for a version change, which way it went under the platform's version order; else null
 * @param evidence  a short sentence saying why the change was concluded (the rule, the uptimes compared, the
 *                  failures counted); null where from and to say it all
 */
public record Drift(DriftKind kind, String from, String to, Direction direction, String evidence) {

    /** A version change. */
    public Drift(DriftKind kind, String from, String to, Direction direction) {
        this(kind, from, to, direction, null);
    }

    /** A change that has no direction, such as a new host key. */
    public Drift(DriftKind kind, String from, String to) {
        this(kind, from, to, null, null);
    }

    /** A change without direction, with its evidence. */
    public Drift(DriftKind kind, String from, String to, String evidence) {
        this(kind, from, to, null, evidence);
    }
}
