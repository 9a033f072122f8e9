package io.driftwatch.drift;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the uptime text of any supported platform into a duration: unit lists in words or letters
 * ({@code 1 year, 22 weeks, 6 days, 9 hours, 38 minutes}, {@code 60 day(s), 17 hour(s)}, {@code 109 days 16 hrs},
 * {@code 10w2d6h21m59s}, {@code 5d 6h 37m 22s}, {@code 3 weeks, 0 days, 20 hours and 45 minutes}), a day count with a
 * clock ({@code 35 days, 07:24:53}, {@code 2 days, 2:38:49}), and the Linux {@code uptime} line of EdgeOS
 * ({@code 16:17:57 up 11 days,  6:15,  1 user, ...}, where {@code 6:15} is hours and minutes). Text with anything
 * else in it is not guessed at: the result is empty, and no reboot is concluded from it.
 */
public final class UptimeParser {

    private static final Pattern LINUX = Pattern.compile(
            "^(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+)?up\\s+(.*?)(?:,\\s*\\d+\\s+users?\\b.*|,\\s*load average.*)?$");
    // A number token starts where the digits start ((?<!\\d)): tried again inside a long run of digits, each try
    // would read nine of them for nothing.
    private static final Pattern TOKEN = Pattern.compile(
            "(?<!\\d)(\\d{1,9}):(\\d{2})(?::(\\d{2}))?|(?<!\\d)(\\d{1,9})\\s*+([a-z]+)(?:\\(s\\))?|(under a minute)");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s,]*+(?:and)?[\\s,]*+");
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("y", 365 * DAY), Map.entry("year", 365 * DAY), Map.entry("years", 365 * DAY),
            Map.entry("w", 7 * DAY), Map.entry("week", 7 * DAY), Map.entry("weeks", 7 * DAY),
            Map.entry("d", DAY), Map.entry("day", DAY), Map.entry("days", DAY),
            Map.entry("h", HOUR), Map.entry("hr", HOUR), Map.entry("hrs", HOUR), Map.entry("hour", HOUR),
            Map.entry("hours", HOUR),
            Map.entry("m", MINUTE), Map.entry("min", MINUTE), Map.entry("mins", MINUTE), Map.entry("minute", MINUTE),
            Map.entry("minutes", MINUTE),
            Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L), Map.entry("second", 1L),
            Map.entry("seconds", 1L));

    private UptimeParser() {
    }

    /** The uptime {@code text} stands for, or empty when it is null, blank or not a form listed above. */
    public static Optional<Uptime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String rest = text.strip().toLowerCase(Locale.ROOT);
        Matcher linux = LINUX.matcher(rest);
        if (linux.matches()) {
            rest = linux.group(1).strip();
        }
        Matcher token = TOKEN.matcher(rest);
        long seconds = 0;
        long resolution = Long.MAX_VALUE;
        int end = 0;
        boolean any = false;
        while (token.find()) {
            if (!SEPARATOR.matcher(rest.substring(end, token.start())).matches()) {
                return Optional.empty();
            }
            end = token.end();
            any = true;
            if (token.group(1) != null) {
                // A clock: h:mm:ss, or h:mm as Linux uptime writes hours and minutes.
                seconds += Long.parseLong(token.group(1)) * HOUR + Long.parseLong(token.group(2)) * MINUTE;
                if (token.group(3) != null) {
                    seconds += Long.parseLong(token.group(3));
                    resolution = 1;
                } else {
                    resolution = Math.min(resolution, MINUTE);
                }
            } else if (token.group(6) != null) {
                resolution = Math.min(resolution, MINUTE);
            } else {
                Long unit = UNITS.get(token.group(5));
                if (unit == null) {
                    return Optional.empty();
                }
                seconds += Long.parseLong(token.group(4)) * unit;
                resolution = Math.min(resolution, unit);
            }
        }
        if (!any || !SEPARATOR.matcher(rest.substring(end)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Uptime(Duration.ofSeconds(seconds), Duration.ofSeconds(resolution)));
    }
}
