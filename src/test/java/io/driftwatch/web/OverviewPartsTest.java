package io.driftwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview's parts computed without a page: a platform's bar, the sweep trend, a running sweep's progress. */
class OverviewPartsTest {

    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aPlatformBarShowsItsLargestVersionsAndFoldsTheTailIntoOther() {
        List<FleetSummary.VersionShare> versions = new ArrayList<>();
        long[] counts = {400, 300, 150, 80, 40, 20, 6, 4};
        for (int i = 0; i < counts.length; i++) {
            versions.add(new FleetSummary.VersionShare("17." + i, counts[i], (int) (counts[i] / 10)));
        }
        PlatformBar bar = PlatformBar.of(new FleetSummary.PlatformVersions("cisco_ios", 1000, versions));

        assertEquals(6, bar.segments().size(), "five versions and other");
        assertEquals(List.of("17.0", "17.1", "17.2", "17.3", "17.4", "other"),
                bar.segments().stream().map(PlatformBar.Segment::label).toList());
        PlatformBar.Segment other = bar.segments().get(5);
        assertEquals(30, other.devices());
        assertEquals("/devices?platform=cisco_ios", other.href());
        assertEquals("/devices?platform=cisco_ios&version=17.0", bar.segments().get(0).href());
        assertEquals(100, bar.segments().stream().mapToInt(PlatformBar.Segment::width).sum(), "the bar is full");
        assertTrue(bar.segments().get(0).labelled() && !bar.segments().get(4).labelled(),
                "narrow segments say their version in their title only");
    }

    @Test
    void aPlatformWithSixVersionsShowsThemAllAndATinyOneStillHasWidth() {
        List<FleetSummary.VersionShare> versions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            versions.add(new FleetSummary.VersionShare("v" + i, 1999, 20));
        }
        versions.add(new FleetSummary.VersionShare("v 5&x", 5, 0));
        PlatformBar bar = PlatformBar.of(new FleetSummary.PlatformVersions("junos", 10000, versions));
        assertEquals(6, bar.segments().size());
        assertEquals("v 5&x", bar.segments().get(5).version(), "no 'other' for a single remaining version");
        assertEquals(1, bar.segments().get(5).width());
        assertEquals("/devices?platform=junos&version=v+5%26x", bar.segments().get(5).href());
    }

    @Test
    void theTrendStacksStatusesPerSweepNewestOnTheRight() {
        List<SweepJson> newestFirst = List.of(sweep(3, 90, 10, 30), sweep(2, 100, 0, 20), sweep(1, 50, 0, 10));
        SweepTrend trend = SweepTrend.of(newestFirst);

        assertEquals(List.of(1L, 2L, 3L), trend.columns().stream().map(SweepTrend.Column::id).toList());
        assertEquals(100, trend.maxDevices());
        assertEquals(30.0, trend.maxSeconds());
        SweepTrend.Column newest = trend.columns().get(2);
        assertEquals(SweepTrend.WIDTH - 1, newest.x() + newest.width(), 0.01, "flush right");
        assertEquals(List.of("status-ok", "status-unreachable"), newest.parts().stream().map(SweepTrend.Part::css)
                .toList());
        double full = SweepTrend.HEIGHT - SweepTrend.TOP;
        assertEquals(full, newest.parts().stream().mapToDouble(SweepTrend.Part::height).sum(), 0.2,
                "100 devices fill the scale");
        assertEquals(SweepTrend.HEIGHT, newest.parts().get(0).y() + newest.parts().get(0).height(), 0.1,
                "OK sits at the bottom");
        assertTrue(newest.title().contains("Sweep #3") && newest.title().contains("OK 90, UNREACHABLE 10")
                && newest.title().contains("in 30.0 s"), newest.title());
        assertEquals(3, trend.durationLine().split(" ").length);
    }

    @Test
    void progressEstimatesTheRestAtThePaceSoFar() {
        SweepJson running = running(1000, Map.of(PollStatus.OK, 200, PollStatus.TIMEOUT, 50));
        SweepProgress progress = SweepProgress.of(running, START.plusSeconds(100));

        assertEquals(250, progress.recorded());
        assertEquals(25, progress.percent());
        assertEquals(Duration.ofSeconds(300), progress.remaining());
        assertEquals("1 min 40 s", progress.elapsedText());
        assertEquals("about 5 min 0 s left", progress.remainingText());
        assertEquals(List.of(20, 5), progress.parts().stream().map(SweepProgress.Part::width).toList());
        assertEquals("TIMEOUT", progress.parts().get(1).label());

        SweepProgress planning = SweepProgress.of(running(0, Map.of()), START.plusSeconds(2));
        assertNull(planning.remaining());
        assertEquals("no estimate yet", planning.remainingText());
        assertEquals(0, planning.percent());
        assertEquals("2 h 05 min", SweepProgress.span(Duration.ofMinutes(125)));
    }

    private static SweepJson sweep(long id, int ok, int unreachable, int seconds) {
        Map<PollStatus, Integer> counts = counts(Map.of(PollStatus.OK, ok, PollStatus.UNREACHABLE, unreachable));
        return new SweepJson(id, Sweep.Trigger.SCHEDULED, Sweep.State.COMPLETED, START, START.plusSeconds(seconds),
                ok + unreachable, ok, 0, unreachable, 0, 0, 0, 0, counts, 0, "schedule", 0, List.of());
    }

    private static SweepJson running(int devices, Map<PollStatus, Integer> so) {
        Map<PollStatus, Integer> counts = counts(so);
        return new SweepJson(9, Sweep.Trigger.MANUAL, Sweep.State.RUNNING, START, null, devices,
                counts.get(PollStatus.OK), 0, 0, counts.get(PollStatus.TIMEOUT), 0, 0, 0, counts, 0, "operator", 0,
                List.of());
    }

    private static Map<PollStatus, Integer> counts(Map<PollStatus, Integer> some) {
        Map<PollStatus, Integer> counts = new EnumMap<>(PollStatus.class);
        for (PollStatus status : PollStatus.values()) {
            counts.put(status, some.getOrDefault(status, 0));
        }
        return counts;
    }
}
