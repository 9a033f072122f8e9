package io.driftwatch.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as people read them, on the pages and in alert messages alike: {@code 2026-11-26 22:00:00 UTC}. */
public final class Times {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
