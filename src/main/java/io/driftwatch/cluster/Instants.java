package io.driftwatch.cluster;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps as native queries return them, whichever Java type the driver chose. */
final class Instants {

    private Instants() {
    }

    static Instant of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }
}
