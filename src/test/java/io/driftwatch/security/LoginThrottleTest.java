package io.driftwatch.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttle's counting, in time moved by hand. */
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();

    @Test
    void tenFailuresWithinTheWindowLockThePairForTheLockTime() {
        LoginThrottle throttle = new LoginThrottle(config(10, 10_000), clock);
        for (int i = 1; i <= 9; i++) {
            assertFalse(throttle.failed("alice", "192.0.2.1"), "failure " + i);
            clock.move(Duration.ofSeconds(20));
        }
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "192.0.2.1"));
        assertTrue(throttle.failed("alice", "192.0.2.1"), "the tenth failure locks");
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.lockedFor("alice", "192.0.2.1"));
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "192.0.2.2"), "another address");
        assertEquals(Optional.empty(), throttle.lockedFor("bob", "192.0.2.1"), "another user");
        clock.move(Duration.ofMinutes(4));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor("alice", "192.0.2.1"));
        clock.move(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.lockedFor("alice", "192.0.2.1"), "the lock ends");
        assertFalse(throttle.failed("alice", "192.0.2.1"), "and the count starts again");
    }

    @Test
    void failuresOlderThanTheWindowAndSuccessesDoNotCount() {
        LoginThrottle throttle = new LoginThrottle(config(10, 10_000), clock);
        for (int i = 0; i < 30; i++) {
            // One failure every 34 s: never ten within five minutes.
            assertFalse(throttle.failed("alice", "192.0.2.1"), "failure " + i);
            clock.move(Duration.ofSeconds(34));
        }
        for (int i = 0; i < 9; i++) {
            throttle.failed("bob", "192.0.2.1");
        }
        throttle.succeeded("bob", "192.0.2.1");
        assertFalse(throttle.failed("bob", "192.0.2.1"), "a right password ended the count");
    }

    @Test
    void rotatingUserNamesCannotGrowTheMemoryNorEvictALock() {
        LoginThrottle throttle = new LoginThrottle(config(10, 100), clock);
        for (int i = 0; i < 10; i++) {
            throttle.failed("operator", "192.0.2.66");
        }
        for (int i = 0; i < 100_000; i++) {
            throttle.failed("guess-" + i + "x".repeat(1000), "192.0.2.66");
            assertTrue(throttle.tracked() <= 100, "tracked " + throttle.tracked());
        }
        assertTrue(throttle.lockedFor("operator", "192.0.2.66").isPresent(), "the real lock survived");
    }

    @Test
    void logLinesGetNoControlCharactersFromAUserName() {
        assertEquals("eve\\u000aFAKE LINE", LoginThrottle.printable("eve\nFAKE LINE"));
    }

    private static LoginThrottleConfig config(int attempts, int maxTracked) {
        return new LoginThrottleConfig() {
            @Override
            public int attempts() {
                return attempts;
            }

            @Override
            public Duration window() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration lock() {
                return Duration.ofMinutes(5);
            }

            @Override
            public int maxTracked() {
                return maxTracked;
            }
        };
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
