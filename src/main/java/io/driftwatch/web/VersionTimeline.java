package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.text.Times;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The geometry of a device's version history drawn as an SVG, in the units of its view box: one band per version
 * from first to last seen, a lane of failed polls and a lane of reboots, and a time axis. Markers that would touch
 * are merged into one, so however long the history the drawing has a bounded number of shapes.
 *
 * @param height      of the view box; its width is {@link #WIDTH}
 * @param lanes       the label of each row: a version, "Failed polls", "Reboots"
 * @param axisY       where the time axis runs
 * @param description what the drawing shows, for its aria-label
 */
public record VersionTimeline(int height, List<Lane> lanes, List<Band> bands, List<Marker> failures,
        List<Marker> reboots, List<Tick> ticks, double axisY, String description) {

    public static final int WIDTH = 800;
    /**
     * Where the plot starts and ends: labels on the left, room for the last tick's label on the right. A label is cut
     * to {@link #LABEL_CHARACTERS} characters, so it fits at the larger text a phone gets; its title has it whole.
     */
    static final double LEFT = 150;
    static final double RIGHT = 770;
    static final int ROW = 24;
    static final int BAR = 14;
    static final int TOP = 8;
    /** Most versions drawn, the most recently seen; the table under the drawing lists them all. */
    static final int MAX_VERSIONS = 12;
    /** Narrowest marker, and the least space between two markers before they are merged into one. */
    static final double MIN_MARK = 4;
    static final double GAP = 6;
    /** No lane can hold more markers than this, however many failures or reboots it is given. */
    static final int MAX_MARKERS = (int) ((RIGHT - LEFT) / (MIN_MARK + GAP)) + 1;
    private static final int LABEL_CHARACTERS = 12;
    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7),
            Duration.ofDays(14));
    private static final int MOST_TICKS = 6;

    /** The view box attribute. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    /** Where the rows' labels end, just left of the plot. */
    public double labelX() {
        return LEFT - 8;
    }

    /** The baseline of the ticks' labels, under the axis. */
    public double tickY() {
        return axisY + 16;
    }

    public boolean empty() {
        return bands.isEmpty() && failures.isEmpty() && reboots.isEmpty();
    }

    /**
     * @param spans    the device's history spans, in any order
     * @param versions each version with when it was first and last seen, most recently seen first
     * @param reboots  the device's reboots within the spans' time
     */
    static VersionTimeline of(List<ObservationJson> spans, List<DevicePages.VersionSeen> versions,
            List<Reboot> reboots) {
        Instant start = null;
        Instant end = null;
        for (ObservationJson span : spans) {
            start = earliest(start, span.at());
            end = latest(end, span.lastSeenAt() == null ? span.at() : span.lastSeenAt());
        }
        for (Reboot reboot : reboots) {
            start = earliest(start, reboot.at());
            end = latest(end, reboot.at());
        }
        if (start == null) {
            return new VersionTimeline(TOP, List.of(), List.of(), List.of(), List.of(), List.of(), TOP,
                    "No history yet");
        }
        if (!end.isAfter(start)) {
            start = start.minus(Duration.ofHours(1));
            end = end.plus(Duration.ofHours(1));
        }
        Scale scale = new Scale(start, end);
        List<Lane> lanes = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<DevicePages.VersionSeen> drawn = versions.subList(0, Math.min(versions.size(), MAX_VERSIONS));
        double y = TOP;
        for (DevicePages.VersionSeen version : drawn) {
            lanes.add(new Lane(y + BAR / 2.0, label(version.version()), version.version()));
            Instant last = version.lastSeen() == null ? version.firstSeen() : version.lastSeen();
            double x = scale.x(version.firstSeen());
            bands.add(new Band(version.version(), round(x), round(y), round(Math.max(MIN_MARK, scale.x(last) - x)),
                    BAR, "Version " + version.version() + ": first seen " + Times.utc(version.firstSeen())
                            + ", last seen " + Times.utc(last)));
            y += ROW;
        }
        lanes.add(new Lane(y + BAR / 2.0, "Failed polls", null));
        List<Marker> failures = failures(spans, scale, y);
        y += ROW;
        lanes.add(new Lane(y + BAR / 2.0, "Reboots", null));
        List<Marker> rebootMarks = reboots(reboots, scale, y);
        y += ROW;
        double axisY = y;
        List<Tick> ticks = ticks(scale);
        String description = "Version history from " + Times.utc(start) + " to " + Times.utc(end) + ": "
                + versions.size() + (versions.size() == 1 ? " version" : " versions")
                + (versions.size() > drawn.size() ? " (the " + drawn.size() + " most recent drawn)" : "") + ", "
                + count(spans.stream().filter(s -> s.status() != PollStatus.OK).count(), "failed poll span") + ", "
                + count(reboots.size(), "reboot") + ". The tables below list the same.";
        return new VersionTimeline((int) axisY + 22, lanes, bands, failures, rebootMarks, ticks, axisY, description);
    }

    /** Non-OK spans as markers, neighbours merged; each says its status, or how many of each it merges. */
    private static List<Marker> failures(List<ObservationJson> spans, Scale scale, double y) {
        List<ObservationJson> failed = spans.stream().filter(s -> s.status() != PollStatus.OK)
                .sorted(Comparator.comparing(ObservationJson::at)).toList();
        List<Marker> markers = new ArrayList<>();
        List<ObservationJson> group = new ArrayList<>();
        double groupStart = 0;
        double groupEnd = 0;
        for (ObservationJson span : failed) {
            Instant last = span.lastSeenAt() == null ? span.at() : span.lastSeenAt();
            double x = scale.x(span.at());
            double xEnd = Math.max(x + MIN_MARK, scale.x(last));
            if (!group.isEmpty() && x > groupEnd + GAP) {
                markers.add(failureMarker(group, groupStart, groupEnd, y));
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                groupStart = x;
                groupEnd = xEnd;
            }
            group.add(span);
            groupEnd = Math.max(groupEnd, xEnd);
        }
        if (!group.isEmpty()) {
            markers.add(failureMarker(group, groupStart, groupEnd, y));
        }
        return markers;
    }

    private static Marker failureMarker(List<ObservationJson> group, double start, double end, double y) {
        Map<PollStatus, Long> statuses = group.stream()
                .collect(Collectors.groupingBy(ObservationJson::status, () -> new EnumMap<>(PollStatus.class),
                        Collectors.counting()));
        PollStatus most = statuses.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Instant from = group.get(0).at();
        Instant until = group.stream().map(s -> s.lastSeenAt() == null ? s.at() : s.lastSeenAt())
                .max(Comparator.naturalOrder()).orElseThrow();
        String title;
        if (group.size() == 1) {
            ObservationJson span = group.get(0);
            title = Formats.label(span.status()) + " from " + Times.utc(from) + " to " + Times.utc(until)
                    + (span.reason() == null ? "" : ": " + span.reason());
        } else {
            title = group.size() + " failed poll spans from " + Times.utc(from) + " to " + Times.utc(until) + ": "
                    + statuses.entrySet().stream().map(e -> Formats.label(e.getKey()) + " " + e.getValue())
                            .collect(Collectors.joining(", "));
        }
        return new Marker(round(start), round(y), round(Math.min(end, RIGHT) - start), BAR, Formats.css(most),
                group.size(), title);
    }

    /** Reboots as markers, neighbours merged. */
    private static List<Marker> reboots(List<Reboot> reboots, Scale scale, double y) {
        List<Reboot> sorted = reboots.stream().sorted(Comparator.comparing(Reboot::at)).toList();
        List<Marker> markers = new ArrayList<>();
        List<Reboot> group = new ArrayList<>();
        double groupStart = 0;
        double groupEnd = 0;
        for (Reboot reboot : sorted) {
            double x = scale.x(reboot.at());
            if (!group.isEmpty() && x > groupEnd + GAP) {
                markers.add(rebootMarker(group, groupStart, groupEnd, y));
                group = new ArrayList<>();
            }
            if (group.isEmpty()) {
                groupStart = x;
            }
            group.add(reboot);
            groupEnd = Math.max(groupStart + MIN_MARK, x);
        }
        if (!group.isEmpty()) {
            markers.add(rebootMarker(group, groupStart, groupEnd, y));
        }
        return markers;
    }

    private static Marker rebootMarker(List<Reboot> group, double start, double end, double y) {
        Reboot first = group.get(0);
        String title = group.size() == 1
                ? "Rebooted, seen " + Times.utc(first.at())
                        + (first.uptimeBefore() == null ? "" : ": uptime " + first.uptimeBefore() + " then "
                                + first.uptimeAfter())
                : group.size() + " reboots from " + Times.utc(first.at()) + " to "
                        + Times.utc(group.get(group.size() - 1).at());
        return new Marker(round(Math.min(start, RIGHT - MIN_MARK)), round(y),
                round(Math.min(end, RIGHT) - Math.min(start, RIGHT - MIN_MARK)), BAR, "reboot", group.size(), title);
    }

    /**
     * A few ticks at round times (seconds to weeks, then months and years, in UTC), fewer than {@value #MOST_TICKS}:
     * the longest step that leaves less than a sixth of the range between two ticks would leave too few.
     */
    static List<Tick> ticks(Scale scale) {
        Duration range = Duration.between(scale.start(), scale.end());
        List<Tick> ticks = new ArrayList<>();
        Duration step = STEPS.stream().filter(s -> range.dividedBy(s) < MOST_TICKS).findFirst().orElse(null);
        if (step != null) {
            String pattern = step.toMinutes() < 1 ? "HH:mm:ss" : step.toHours() < 24 ? "d MMM HH:mm" : "d MMM";
            DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
            long stepMillis = step.toMillis();
            long first = Math.floorDiv(scale.start().toEpochMilli() + stepMillis - 1, stepMillis) * stepMillis;
            for (Instant at = Instant.ofEpochMilli(first); !at.isAfter(scale.end()); at = at.plus(step)) {
                ticks.add(new Tick(round(scale.x(at)), format.format(at), Times.utc(at)));
            }
            return ticks;
        }
        long months = ChronoUnit.MONTHS.between(scale.start().atZone(ZoneOffset.UTC),
                scale.end().atZone(ZoneOffset.UTC));
        int monthStep = List.of(1, 2, 3, 6, 12).stream().filter(m -> months / m < MOST_TICKS).findFirst()
                .orElse(12 * (int) (months / 12 / MOST_TICKS + 1));
        DateTimeFormatter format = DateTimeFormatter.ofPattern(monthStep >= 12 ? "yyyy" : "MMM yyyy", Locale.ROOT);
        LocalDate day = scale.start().atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        if (day.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(scale.start())) {
            day = day.plusMonths(1);
        }
        while ((day.getYear() * 12 + day.getMonthValue() - 1) % monthStep != 0) {
            day = day.plusMonths(1);
        }
        for (; !day.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(scale.end()); day = day.plusMonths(monthStep)) {
            ZonedDateTime at = day.atStartOfDay(ZoneOffset.UTC);
            ticks.add(new Tick(round(scale.x(at.toInstant())), format.format(day), Times.utc(at.toInstant())));
        }
        return ticks;
    }

    private static String label(String version) {
        return version.length() <= LABEL_CHARACTERS ? version : version.substring(0, LABEL_CHARACTERS - 1) + "…";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** A tenth of a unit is finer than any screen shows, and keeps the page short. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Maps time onto the plot's x. */
    record Scale(Instant start, Instant end) {

        double x(Instant at) {
            double share = (double) Duration.between(start, at).toMillis() / Duration.between(start, end).toMillis();
            return LEFT + Math.max(0, Math.min(1, share)) * (RIGHT - LEFT);
        }
    }

    /** A reboot drift event: when it was seen and the uptimes compared. */
    public record Reboot(Instant at, String uptimeBefore, String uptimeAfter) {
    }

    /**
     * A row's label, at the row's middle.
     *
     * @param version the version the row draws, or null for the failures' and reboots' rows
     */
    public record Lane(double y, String label, String version) {
    }

    /** One version from first to last seen. */
    public record Band(String version, double x, double y, double width, int height, String title) {
    }

    /**
     * A failed poll span or a reboot, or several that were too close to draw apart.
     *
     * @param css   the status class of the most frequent status, or {@code reboot}
     * @param count how many it stands for
     */
    public record Marker(double x, double y, double width, int height, String css, int count, String title) {
    }

    /** A labelled time on the axis, with its exact time for the title. */
    public record Tick(double x, String label, String title) {
    }
}
