package io.driftwatch.text;

import java.time.Duration;
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

    /**
     * How long ago (or, for a time still to come, how soon) an instant is, in the one largest unit that matters to
     * someone glancing at a wall screen: "45 s ago", "12 min ago", "3 h ago", "5 d ago", "in 20 min". Past a
     * month the date itself reads better than a count of days.
     */
    public static String relative(Instant instant, Instant now) {
        Duration gap = Duration.between(instant, now);
        boolean future = gap.isNegative();
        long seconds = Math.abs(gap.getSeconds());
        String amount;
        if (seconds < 60) {
            amount = seconds + " s";
        } else if (seconds < 3600) {
            amount = seconds / 60 + " min";
        } else if (seconds < 48 * 3600) {
            amount = seconds / 3600 + " h";
        } else if (seconds < 31 * 86400) {
            amount = seconds / 86400 + " d";
        } else {
            return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
        }
        return future ? "in " + amount : amount + " ago";
    }
}
