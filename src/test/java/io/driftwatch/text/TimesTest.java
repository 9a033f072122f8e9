package io.driftwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T16:00:00Z");

    @Test
    void exactTimesAreUtcToTheSecond() {
        assertEquals("2026-12-01 16:00:00 UTC", Times.utc(NOW));
    }

    @Test
    void relativeTimesUseTheLargestUnitThatMatters() {
        assertEquals("0 s ago", ago(Duration.ZERO));
        assertEquals("59 s ago", ago(Duration.ofSeconds(59)));
        assertEquals("1 min ago", ago(Duration.ofSeconds(60)));
        assertEquals("12 min ago", ago(Duration.ofMinutes(12).plusSeconds(59)));
        assertEquals("1 h ago", ago(Duration.ofMinutes(60)));
        assertEquals("47 h ago", ago(Duration.ofHours(47)));
        assertEquals("2 d ago", ago(Duration.ofHours(48)));
        assertEquals("30 d ago", ago(Duration.ofDays(30)));
    }

    @Test
    void pastAMonthTheDateReadsBetter() {
        assertEquals("2026-10-01", ago(Duration.ofDays(61)));
    }

    @Test
    void timesToComeReadAsHowSoon() {
        assertEquals("in 20 min", Times.relative(NOW.plus(Duration.ofMinutes(20)), NOW));
        assertEquals("in 3 d", Times.relative(NOW.plus(Duration.ofDays(3)), NOW));
    }

    private static String ago(Duration gap) {
        return Times.relative(NOW.minus(gap), NOW);
    }
}
