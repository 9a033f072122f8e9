package io.driftwatch.drift;

import java.time.Duration;

/** Durations as evidence shows them: {@code 3d 4h 5m 6s}, largest unit first, zero units left out. */
final class Durations {

    private Durations() {
    }

    static String text(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder(16);
        append(text, seconds / 86_400, "d");
        append(text, seconds % 86_400 / 3600, "h");
        append(text, seconds % 3600 / 60, "m");
        append(text, seconds % 60, "s");
        return text.toString();
    }

    private static void append(StringBuilder text, long value, String unit) {
        if (value > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(value).append(unit);
        }
    }
}
