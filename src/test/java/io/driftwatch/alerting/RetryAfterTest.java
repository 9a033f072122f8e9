package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void readsSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", NOW));
    }

    @Test
    void readsAnHttpDateAsTheTimeLeftUntilIt() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Thu, 26 Nov 2026 10:01:30 GMT", NOW));
    }

    @Test
    void aDateInThePastAsksForNoWait() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 25 Nov 2026 10:00:00 GMT", NOW));
    }

    @Test
    void anythingElseIsLeftToTheBackoff() {
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999999", NOW));
    }

    @Test
    void theWaitIsTheLongerOfBackoffAndRequestButNeverBeyondTheHooksCeiling() {
        Duration initial = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(10);
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, initial, max, Optional.of(Duration.ofSeconds(30))));
        assertEquals(Duration.ofSeconds(20), Backoff.after(2, initial, max, Optional.of(Duration.ofSeconds(5))));
        assertEquals(max, Backoff.after(1, initial, max, Optional.of(Duration.ofDays(365))));
        assertEquals(Duration.ofSeconds(10), Backoff.after(1, initial, max, Optional.empty()));
    }
}
