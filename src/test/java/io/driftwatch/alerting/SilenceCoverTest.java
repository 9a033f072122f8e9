package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SilenceCoverTest {

    private static final Instant START = Instant.parse("2026-11-26T22:00:00Z");

    @Test
    void aSilenceCoversItsDevicesFromItsStartUntilJustBeforeItsEnd() {
        Silence byPattern = silence(null, "edge-?-*");
        assertTrue(byPattern.covers("edge-1-paris", "edge", START));
        assertTrue(byPattern.covers("EDGE-1-Paris", "edge", START), "names match in any case, as in the policy");
        assertFalse(byPattern.covers("edge-12-paris", "edge", START));
        assertFalse(byPattern.covers("edge-1-paris", "edge", START.minusMillis(1)));
        assertFalse(byPattern.covers("edge-1-paris", "edge", START.plus(Duration.ofHours(2))));
        Silence byGroupAndName = silence("core", "core-01");
        assertTrue(byGroupAndName.covers("core-01", "core", START.plusSeconds(60)));
        assertFalse(byGroupAndName.covers("core-01", "edge", START.plusSeconds(60)));
        assertFalse(byGroupAndName.covers("core-011", "core", START.plusSeconds(60)));
        Silence literalDots = silence(null, "r1.example.net");
        assertFalse(literalDots.covers("r1xexample.net", "g", START), "a dot is a dot, not a regex");
        byPattern.removedAt = START;
        assertFalse(byPattern.covers("edge-1-paris", "edge", START.plusSeconds(1)));
    }

    @Test
    void durationsReadTheWayPeopleWriteThem() {
        assertEquals(Duration.ofMinutes(90), Silences.duration("90m"));
        assertEquals(Duration.ofHours(2), Silences.duration(" 2h "));
        assertEquals(Duration.ofDays(1), Silences.duration("1d"));
        assertEquals(Duration.ofHours(2), Silences.duration("PT2H"));
        assertThrows(SilenceException.class, () -> Silences.duration("0m"));
        assertThrows(SilenceException.class, () -> Silences.duration("two hours"));
    }

    private static Silence silence(String group, String pattern) {
        Silence silence = new Silence();
        silence.group = group;
        silence.devicePattern = pattern;
        silence.startsAt = START;
        silence.endsAt = START.plus(Duration.ofHours(2));
        return silence;
    }
}
