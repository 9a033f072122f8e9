package io.driftwatch.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.history.Sweep;
import io.driftwatch.polling.SshIoProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The liveness and sweeps verdicts against a clock the test moves. */
class HealthCheckLogicTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration PERIOD = Duration.ofMinutes(15);

    @Test
    void livenessFailsOnlyAfterTheConfiguredMissedHeartbeats() {
        Heartbeat heartbeat = new Heartbeat(Clock.fixed(T0, ZoneOffset.UTC));
        HealthConfig config = config(Duration.ofSeconds(10), 6);

        HealthCheckResponse fresh = new LivenessCheck(heartbeat, config, at(T0.plusSeconds(60))).call();
        assertEquals(HealthCheckResponse.Status.UP, fresh.getStatus());

        HealthCheckResponse wedged = new LivenessCheck(heartbeat, config, at(T0.plusSeconds(61))).call();
        assertEquals(HealthCheckResponse.Status.DOWN, wedged.getStatus());
        assertTrue(wedged.getData().orElseThrow().get("reason").toString().contains("wedged"));
        assertEquals(61L, wedged.getData().orElseThrow().get("ageSeconds"));
    }

    @Test
    void theSshTransportFailsLivenessOnlyAfterNoRoundTripForTheHeartbeatsLimit() {
        SshIoProbe probe = new SshIoProbe(null, Clock.fixed(T0, ZoneOffset.UTC));
        HealthConfig config = config(Duration.ofSeconds(10), 6);

        HealthCheckResponse fresh = new SshIoCheck(probe, config, at(T0.plusSeconds(60))).call();
        assertEquals(HealthCheckResponse.Status.UP, fresh.getStatus());

        HealthCheckResponse wedged = new SshIoCheck(probe, config, at(T0.plusSeconds(61))).call();
        assertEquals(HealthCheckResponse.Status.DOWN, wedged.getStatus());
        String reason = wedged.getData().orElseThrow().get("reason").toString();
        assertTrue(reason.contains("for 61 s (limit 60 s): its I/O is wedged"), reason);
    }

    @Test
    void sweepsAreOkWithinTwoPeriodsLateAfterAndStalledPastTheLimit() {
        Instant started = T0.minus(Duration.ofHours(5));
        Instant finished = T0;
        assertEquals("ok", SweepsCheck.judge(Sweep.State.COMPLETED, finished, started, T0.plus(PERIOD), PERIOD, 3)
                .state());

        SweepsCheck.Verdict late = SweepsCheck.judge(Sweep.State.COMPLETED, finished, started,
                T0.plus(PERIOD.multipliedBy(2)).plusSeconds(1), PERIOD, 3);
        assertTrue(late.up());
        assertEquals("late", late.state());

        SweepsCheck.Verdict stalled = SweepsCheck.judge(Sweep.State.COMPLETED, finished, started,
                T0.plus(PERIOD.multipliedBy(3)).plusSeconds(1), PERIOD, 3);
        assertFalse(stalled.up());
        assertEquals("stalled", stalled.state());
        assertTrue(stalled.reason().contains("2701 s ago"), stalled.reason());
    }

    @Test
    void anInterruptedLastSweepIsDegradedButUp() {
        SweepsCheck.Verdict verdict = SweepsCheck.judge(Sweep.State.INTERRUPTED, T0, T0.minusSeconds(60),
                T0.plusSeconds(30), PERIOD, 3);
        assertTrue(verdict.up());
        assertEquals("degraded", verdict.state());
        assertTrue(verdict.reason().contains("interrupted"));
    }

    @Test
    void aFreshProcessIsJudgedFromItsStartNotFromAnEarlierProcessSweep() {
        // No sweep finished in this process: the clock runs from the start.
        SweepsCheck.Verdict waiting = SweepsCheck.judge(Sweep.State.COMPLETED, null, T0, T0.plusSeconds(60), PERIOD,
                3);
        assertEquals("ok", waiting.state());
        assertEquals("waiting for the first scheduled sweep", waiting.reason());

        SweepsCheck.Verdict never = SweepsCheck.judge(null, null, T0, T0.plus(Duration.ofHours(1)), PERIOD, 3);
        assertFalse(never.up());
        assertTrue(never.reason().startsWith("no sweep has finished since the daemon started"));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static HealthConfig config(Duration interval, int missed) {
        return new HealthConfig() {
            @Override
            public Duration heartbeatInterval() {
                return interval;
            }

            @Override
            public int heartbeatMissed() {
                return missed;
            }

            @Override
            public Duration databaseTimeout() {
                return Duration.ofSeconds(3);
            }

            @Override
            public int sweepOverduePeriods() {
                return 3;
            }
        };
    }
}
