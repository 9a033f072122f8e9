package io.driftwatch.lab;

/** Uptime written the way each vendor's version command prints it. */
final class UptimeText {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final long YEAR = 365 * DAY;

    private UptimeText() {
    }

    /** IOS and XR: "1 year, 2 weeks, 3 days, 1 hour, 5 minutes", zero units left out, minutes always shown. */
    static String cisco(long seconds) {
        long years = seconds / YEAR;
        long rest = seconds % YEAR;
        StringBuilder text = new StringBuilder(48);
        unit(text, years, "year", ", ");
        unit(text, rest / WEEK, "week", ", ");
        unit(text, rest % WEEK / DAY, "day", ", ");
        unit(text, rest % DAY / HOUR, "hour", ", ");
        appendSeparator(text, ", ");
        return counted(text, rest % HOUR / MINUTE, "minute").toString();
    }

    /** NX-OS: every unit, always plural-with-parenthesis: "12 day(s), 3 hour(s), 4 minute(s), 5 second(s)". */
    static String nxos(long seconds) {
        return new StringBuilder(64)
                .append(seconds / DAY).append(" day(s), ")
                .append(seconds % DAY / HOUR).append(" hour(s), ")
                .append(seconds % HOUR / MINUTE).append(" minute(s), ")
                .append(seconds % MINUTE).append(" second(s)")
                .toString();
    }

    /**
     * EOS: "2 weeks, 0 days, 4 hours and 5 minutes". Leading zero units are dropped but inner ones kept, and the
     * last unit is joined with "and".
     */
    static String eos(long seconds) {
        long[] values = {seconds / WEEK, seconds % WEEK / DAY, seconds % DAY / HOUR, seconds % HOUR / MINUTE};
        String[] names = {"week", "day", "hour", "minute"};
        int first = 0;
        while (first < values.length - 1 && values[first] == 0) {
            first++;
        }
        StringBuilder text = new StringBuilder(48);
        for (int i = first; i < values.length; i++) {
            if (i > first) {
                text.append(i == values.length - 1 ? " and " : ", ");
            }
            counted(text, values[i], names[i]);
        }
        return text.toString();
    }

    private static void unit(StringBuilder text, long value, String name, String separator) {
        if (value > 0) {
            appendSeparator(text, separator);
            counted(text, value, name);
        }
    }

    private static void appendSeparator(StringBuilder text, String separator) {
        if (text.length() > 0) {
            text.append(separator);
        }
    }

    private static StringBuilder counted(StringBuilder text, long value, String name) {
        text.append(value).append(' ').append(name);
        if (value != 1) {
            text.append('s');
        }
        return text;
    }
}
