package io.driftwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.PollStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTimelineTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void eachVersionIsABandFromFirstToLastSeenWithItsTimesInItsTitle() {
        // Newest first, as the history is read.
        List<ObservationJson> spans = List.of(
                span(PollStatus.OK, "17.9.5", 110, 200),
                span(PollStatus.UNREACHABLE, null, 100, 110),
                span(PollStatus.OK, "17.9.4", 0, 100));
        VersionTimeline drawing = VersionTimeline.of(spans, DevicePages.timeline(spans),
                List.of(new VersionTimeline.Reboot(START.plus(Duration.ofHours(150)), "2 weeks", "1 minute")));

        assertEquals(List.of("17.9.5", "17.9.4"), drawing.bands().stream().map(VersionTimeline.Band::version)
                .toList(), "newest first, as the table below");
        VersionTimeline.Band older = drawing.bands().get(1);
        assertEquals(VersionTimeline.LEFT, older.x(), 0.01, "the oldest version starts the plot");
        assertEquals((VersionTimeline.RIGHT - VersionTimeline.LEFT) / 2, older.width(), 0.1);
        assertEquals("Version 17.9.4: first seen 2026-01-01 00:00:00 UTC, last seen 2026-01-05 04:00:00 UTC",
                older.title());
        assertEquals(VersionTimeline.RIGHT, drawing.bands().get(0).x() + drawing.bands().get(0).width(), 0.1);

        assertEquals(1, drawing.failures().size());
        VersionTimeline.Marker failure = drawing.failures().get(0);
        assertEquals("status-unreachable", failure.css());
        assertTrue(failure.title().startsWith("UNREACHABLE from 2026-01-05 04:00:00 UTC to 2026-01-05 14:00:00 UTC"),
                failure.title());
        assertEquals(1, drawing.reboots().size());
        assertEquals("Rebooted, seen 2026-01-07 06:00:00 UTC: uptime 2 weeks then 1 minute",
                drawing.reboots().get(0).title());
        assertEquals(List.of("17.9.5", "17.9.4", "Failed polls", "Reboots"),
                drawing.lanes().stream().map(VersionTimeline.Lane::label).toList());
        assertTrue(drawing.description().contains("2 versions, 1 failed poll span, 1 reboot"),
                drawing.description());
    }

    @Test
    void thousandsOfFailuresAndRebootsDrawABoundedNumberOfMarks() {
        List<ObservationJson> spans = new ArrayList<>();
        List<VersionTimeline.Reboot> reboots = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            spans.add(span(i % 2 == 0 ? PollStatus.OK : (i % 3 == 0 ? PollStatus.TIMEOUT : PollStatus.UNREACHABLE),
                    i % 2 == 0 ? "v" + (i / 200) : null, i, i + 1));
            reboots.add(new VersionTimeline.Reboot(START.plus(Duration.ofHours(i)).plusSeconds(60), null, null));
        }
        java.util.Collections.reverse(spans);
        VersionTimeline drawing = VersionTimeline.of(spans, DevicePages.timeline(spans), reboots);

        assertTrue(drawing.failures().size() <= VersionTimeline.MAX_MARKERS, drawing.failures().size() + " marks");
        assertTrue(drawing.reboots().size() <= VersionTimeline.MAX_MARKERS, drawing.reboots().size() + " marks");
        assertEquals(2500, drawing.failures().stream().mapToInt(VersionTimeline.Marker::count).sum(),
                "every failed span is in some mark");
        assertEquals(5000, drawing.reboots().stream().mapToInt(VersionTimeline.Marker::count).sum());
        assertTrue(drawing.failures().get(0).title().contains("failed poll spans from"),
                drawing.failures().get(0).title());
        assertEquals(VersionTimeline.MAX_VERSIONS, drawing.bands().size(), "25 versions, at most 12 drawn");
        assertEquals("v24", drawing.bands().get(0).version(), "the most recent ones");
        assertTrue(drawing.description().contains("25 versions (the 12 most recent drawn)"), drawing.description());
        for (VersionTimeline.Marker mark : drawing.failures()) {
            assertTrue(mark.x() >= VersionTimeline.LEFT && mark.x() + mark.width() <= VersionTimeline.RIGHT + 0.1,
                    mark.toString());
        }
    }

    @Test
    void theAxisHasAFewTicksAtRoundTimes() {
        VersionTimeline.Scale year = new VersionTimeline.Scale(START.plus(Duration.ofDays(3)),
                START.plus(Duration.ofDays(368)));
        List<VersionTimeline.Tick> months = VersionTimeline.ticks(year);
        assertEquals(List.of("Apr 2026", "Jul 2026", "Oct 2026", "Jan 2027"),
                months.stream().map(VersionTimeline.Tick::label).toList());
        assertEquals("2026-04-01 00:00:00 UTC", months.get(0).title());

        VersionTimeline.Scale hours = new VersionTimeline.Scale(START.plus(Duration.ofMinutes(10)),
                START.plus(Duration.ofHours(10)));
        assertEquals(List.of("1 Jan 03:00", "1 Jan 06:00", "1 Jan 09:00"),
                VersionTimeline.ticks(hours).stream().map(VersionTimeline.Tick::label).toList());
        VersionTimeline.Scale seconds = new VersionTimeline.Scale(START.plusMillis(300), START.plusSeconds(4));
        assertEquals(List.of("00:00:01", "00:00:02", "00:00:03", "00:00:04"),
                VersionTimeline.ticks(seconds).stream().map(VersionTimeline.Tick::label).toList(),
                "a history of seconds, as a new device has");
        for (VersionTimeline.Tick tick : VersionTimeline.ticks(hours)) {
            assertTrue(tick.x() >= VersionTimeline.LEFT && tick.x() <= VersionTimeline.RIGHT, tick.toString());
        }
    }

    @Test
    void aSinglePollStillDraws() {
        List<ObservationJson> spans = List.of(span(PollStatus.OK, "1.0", 0, 0));
        VersionTimeline drawing = VersionTimeline.of(spans, DevicePages.timeline(spans), List.of());
        assertEquals(1, drawing.bands().size());
        assertTrue(drawing.bands().get(0).width() >= VersionTimeline.MIN_MARK);
        assertTrue(VersionTimeline.of(List.of(), List.of(), List.of()).empty());
    }

    private static ObservationJson span(PollStatus status, String version, int fromHour, int toHour) {
        return new ObservationJson(fromHour, START.plus(Duration.ofHours(fromHour)), toHour,
                START.plus(Duration.ofHours(toHour)), false, status, status == PollStatus.OK ? null : "why", 1, 900,
                version, null, null, null, null, null);
    }
}
