package io.driftwatch.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.versions.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    /** With the defaults of {@link DriftConfig}. */
    private final DriftDetector detector = new DriftDetector(3, Duration.ofMinutes(5));

    @Test
    void aDifferentVersionOnASuccessfulPollIsDrift() {
        List<Drift> drift = detector.detect(known("17.9.4"), seen(PollStatus.OK, "17.9.4a"));
        assertEquals(List.of(new Drift(DriftKind.VERSION_CHANGED, "17.9.4", "17.9.4a", Direction.UPGRADE)), drift);
    }

    @Test
    void aVersionChangeSaysWhichWayItWentUnderThePlatformsOrder() {
        assertEquals(Direction.UPGRADE, only(detector.detect(known("21.4R3-S5"),
                seen("juniper_junos", "22.4R3-S2"))).direction());
        assertEquals(Direction.DOWNGRADE, only(detector.detect(known("17.12.4"),
                seen("cisco_ios", "17.9.4a"))).direction());
        // A train wrapping back to its oldest release, as the lab does, is a downgrade, not an upgrade.
        assertEquals(Direction.DOWNGRADE, only(detector.detect(known("v7.4.8"),
                seen("fortinet", "v6.4.15"))).direction());
    }

    @Test
    void aHostKeyChangeHasNoDirection() {
        var refused = new DriftDetector.Seen(PollStatus.HOST_KEY_CHANGED, "cisco_ios", null, "ssh-ed25519 BBBB",
                "SHA256:new");
        assertNull(only(detector.detect(new DriftDetector.Known("1.0", null, "SHA256:old"), refused)).direction());
    }

    @Test
    void theFirstSuccessfulPollIsABaseline() {
        assertTrue(detector.detect(known(null), seen(PollStatus.OK, "17.9.4")).isEmpty());
    }

    @Test
    void theSameVersionIsNoDrift() {
        assertTrue(detector.detect(known("22.4R3-S2"), seen(PollStatus.OK, "22.4R3-S2")).isEmpty());
    }

    @Test
    void aFailedPollIsNeverVersionDrift() {
        for (PollStatus status : PollStatus.values()) {
            if (status != PollStatus.OK) {
                assertTrue(detector.detect(known("17.9.4"), seen(status, null)).stream()
                        .noneMatch(d -> d.kind() == DriftKind.VERSION_CHANGED), status.name());
            }
        }
    }

    @Test
    void aRefusedHostKeyIsReportedOncePerNewKey() {
        var refused = new DriftDetector.Seen(PollStatus.HOST_KEY_CHANGED, "cisco_ios", null, "ssh-ed25519 BBBB",
                "SHA256:new");
        assertEquals(List.of(new Drift(DriftKind.HOST_KEY_CHANGED, "SHA256:old", "SHA256:new")),
                detector.detect(new DriftDetector.Known("1.0", null, "SHA256:old"), refused));
        assertTrue(detector.detect(new DriftDetector.Known("1.0", "ssh-ed25519 BBBB", "SHA256:old"), refused)
                .isEmpty());
    }

    // --- REBOOTED

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void anUptimeThatWentDownWithoutAVersionChangeIsAReboot() {
        Drift drift = only(detector.detect(up("17.9.4", "1 day, 2 hours, 5 minutes", T0),
                upNow("17.9.4", "3 minutes", T0.plus(Duration.ofMinutes(15)))));
        assertEquals(DriftKind.REBOOTED, drift.kind());
        assertEquals("1 day, 2 hours, 5 minutes", drift.from());
        assertEquals("3 minutes", drift.to());
        assertTrue(drift.evidence().contains("uptime 3m where at least 1d 2h 20m was expected"), drift.evidence());
    }

    @Test
    void anUptimeThatGrewWithTheClockIsNoReboot() {
        assertTrue(detector.detect(up("17.9.4", "1 day, 2 hours, 5 minutes", T0),
                upNow("17.9.4", "1 day, 2 hours, 20 minutes", T0.plus(Duration.ofMinutes(15)))).isEmpty());
    }

    @Test
    void aSlowPollOrAClockStepWithinTheToleranceIsNoReboot() {
        // Four minutes short of the expected uptime: the earlier poll may have read it late in its deadline.
        assertTrue(detector.detect(up("17.9.4", "2 hours, 30 minutes", T0),
                upNow("17.9.4", "2 hours, 41 minutes", T0.plus(Duration.ofMinutes(15)))).isEmpty());
        // Our own clock stepped back between the polls: elapsed time is taken as zero, not negative.
        assertTrue(detector.detect(up("17.9.4", "2 hours, 30 minutes", T0),
                upNow("17.9.4", "2 hours, 30 minutes", T0.minus(Duration.ofMinutes(3)))).isEmpty());
        DriftDetector strict = new DriftDetector(3, Duration.ZERO);
        assertEquals(DriftKind.REBOOTED, only(strict.detect(up("17.9.4", "2 hours, 30 minutes", T0),
                upNow("17.9.4", "2 hours, 41 minutes", T0.plus(Duration.ofMinutes(15))))).kind());
    }

    @Test
    void aCoarseUptimeIsGivenTheBenefitOfItsUnit() {
        // "15 days" may be 15 days and 23 hours; one day later the device may still print "15 days".
        assertTrue(detector.detect(up("16.2", "15 days", T0), upNow("16.2", "15 days", T0.plus(Duration.ofDays(1))))
                .isEmpty());
        assertEquals(DriftKind.REBOOTED, only(detector.detect(up("16.2", "15 days", T0),
                upNow("16.2", "12 mins", T0.plus(Duration.ofDays(1))))).kind());
    }

    @Test
    void anUpgradeIsAVersionChangeNotAlsoAReboot() {
        assertEquals(DriftKind.VERSION_CHANGED, only(detector.detect(up("17.9.4", "30 weeks, 1 day, 5 minutes", T0),
                upNow("17.12.4", "4 minutes", T0.plus(Duration.ofMinutes(15))))).kind());
    }

    @Test
    void anUnreadableUptimeNeverConcludesAReboot() {
        assertTrue(detector.detect(up("17.9.4", "1 day, 2 hours, 5 minutes", T0),
                upNow("17.9.4", "N/A", T0.plus(Duration.ofMinutes(15)))).isEmpty());
        assertTrue(detector.detect(up("17.9.4", null, T0), upNow("17.9.4", "1 minute", T0.plus(Duration.ofDays(2))))
                .isEmpty());
    }

    // --- UNREACHABLE and RECOVERED

    @Test
    void unreachableIsRaisedAtTheNthUnansweredSweepAndOnlyOnce() {
        assertTrue(detector.detect(streak(0, false), failed(PollStatus.UNREACHABLE)).isEmpty());
        assertTrue(detector.detect(streak(1, false), failed(PollStatus.TIMEOUT)).isEmpty());
        Drift drift = only(detector.detect(streak(2, false), failed(PollStatus.UNREACHABLE)));
        assertEquals(new Drift(DriftKind.UNREACHABLE, "answering", "UNREACHABLE",
                "no answer in 3 sweeps in a row since 2026-11-26T08:00:00Z; last: UNREACHABLE (connection refused)"),
                drift);
        assertTrue(detector.detect(streak(3, true), failed(PollStatus.UNREACHABLE)).isEmpty(), "already raised");
        assertEquals(DriftKind.UNREACHABLE, only(new DriftDetector(1, Duration.ofMinutes(5))
                .detect(streak(0, false), failed(PollStatus.TIMEOUT))).kind());
    }

    @Test
    void aDeviceThatAnswersButFailsIsNotUnreachable() {
        for (PollStatus status : List.of(PollStatus.AUTH_FAILED, PollStatus.PARSE_FAILED, PollStatus.ERROR,
                PollStatus.HOST_KEY_CHANGED)) {
            assertTrue(detector.detect(streak(5, false), failed(status)).stream()
                    .noneMatch(d -> d.kind() == DriftKind.UNREACHABLE), status.name());
        }
    }

    @Test
    void recoveredFollowsUnreachableWhenTheDeviceAnswersAgainWhateverItSays() {
        Drift drift = only(detector.detect(streak(4, true), failed(PollStatus.AUTH_FAILED)));
        assertEquals(new Drift(DriftKind.RECOVERED, "UNREACHABLE", "AUTH_FAILED",
                "answered again after 4 sweeps without an answer since 2026-11-26T08:00:00Z"), drift);
        assertTrue(detector.detect(streak(2, false), failed(PollStatus.AUTH_FAILED)).isEmpty(), "never raised");
    }

    // --- NON_COMPLIANT

    @Test
    void enteringAndLeavingNonComplianceAreReportedWithTheRule() {
        Verdict bad = new Verdict(Compliance.NON_COMPLIANT, "policy.yaml:2 (platform cisco_ios) approves 17.12.*");
        Verdict good = new Verdict(Compliance.COMPLIANT, "policy.yaml:2 (platform cisco_ios) approves 17.12.*");
        assertEquals(new Drift(DriftKind.NON_COMPLIANT, "COMPLIANT", "NON_COMPLIANT",
                "version 17.9.4 is not approved by policy.yaml:2 (platform cisco_ios) approves 17.12.*"),
                only(detector.detect(judged(Compliance.COMPLIANT, good.rule()), judging("17.9.4", bad))));
        // The upgrade that fixed it is reported too, as its own fact.
        assertEquals(List.of(new Drift(DriftKind.VERSION_CHANGED, "17.9.4", "17.12.4", Direction.UPGRADE),
                new Drift(DriftKind.NON_COMPLIANT, "NON_COMPLIANT", "COMPLIANT",
                        "version 17.12.4 is approved by policy.yaml:2 (platform cisco_ios) approves 17.12.*")),
                detector.detect(judged(Compliance.NON_COMPLIANT, bad.rule()), judging("17.12.4", good)));
        assertEquals(new Drift(DriftKind.NON_COMPLIANT, "NON_COMPLIANT", "NO_POLICY",
                "no rule applies any more (was policy.yaml:2 (platform cisco_ios) approves 17.12.*)"),
                only(detector.detect(judged(Compliance.NON_COMPLIANT, bad.rule()),
                        judging("17.9.4", Verdict.NO_POLICY))));
        assertEquals(DriftKind.NON_COMPLIANT, only(detector.detect(judged(Compliance.NO_POLICY, null),
                judging("17.9.4", bad))).kind());
    }

    @Test
    void complianceIsReportedOnlyOnChangeAndTheFirstVerdictIsABaseline() {
        Verdict bad = new Verdict(Compliance.NON_COMPLIANT, "policy.yaml:2 (platform cisco_ios) approves 17.12.*");
        assertTrue(detector.detect(judged(Compliance.NON_COMPLIANT, bad.rule()), judging("17.9.4", bad)).isEmpty());
        assertTrue(detector.detect(judged(null, null), judging("17.9.4", bad)).isEmpty(), "first verdict");
        assertTrue(detector.detect(judged(Compliance.NON_COMPLIANT, bad.rule()), judging("17.9.4", null)).isEmpty(),
                "no verdict could be made");
        assertTrue(detector.detect(judged(Compliance.COMPLIANT, "r"), judging("17.9.4", Verdict.NO_POLICY))
                .isEmpty(), "neither state is non-compliance");
    }

    // --- NEW_DEVICE and REMOVED_DEVICE

    @Test
    void theFirstSweepEverIsABaselineAndLaterArrivalsAreNewDevices() {
        assertEquals(Optional.empty(), detector.joined(new DriftDetector.Arrival(true, null, "cisco_ios",
                "192.0.2.1", 22, "core")));
        assertEquals(Optional.of(new Drift(DriftKind.NEW_DEVICE, null, "cisco_ios at 192.0.2.1:22, group core",
                "added to the inventory")), detector.joined(
                        new DriftDetector.Arrival(false, null, "cisco_ios",
                                "192.0.2.1", 22, "core")));
        assertEquals("back in the inventory, which it left at 2026-11-26T08:00:00Z; its history is kept",
                detector.joined(new DriftDetector.Arrival(false, T0, "cisco_ios", "192.0.2.1", 22, "core"))
                        .orElseThrow().evidence());
    }

    @Test
    void aDepartureIsARemovedDevice() {
        assertEquals(new Drift(DriftKind.REMOVED_DEVICE, "cisco_ios at 192.0.2.1:22, group core", null,
                "left the inventory running 17.9.4; its history is kept"),
                detector.left(new DriftDetector.Departure("cisco_ios", "192.0.2.1", 22, "core", "17.9.4")));
    }

    private static DriftDetector.Known up(String version, String uptime, Instant at) {
        return new DriftDetector.Known(version, null, null, uptime, at, 0, null, false, null, null);
    }

    private static DriftDetector.Seen upNow(String version, String uptime, Instant at) {
        return new DriftDetector.Seen(PollStatus.OK, "cisco_ios", version, null, null, uptime, at, null, null);
    }

    private static DriftDetector.Known streak(int unanswered, boolean raised) {
        return new DriftDetector.Known("17.9.4", null, null, null, null, unanswered, unanswered == 0 ? null : T0,
                raised, null, null);
    }

    private static DriftDetector.Seen failed(PollStatus status) {
        return new DriftDetector.Seen(status, "cisco_ios", null, null, null, null, T0.plus(Duration.ofMinutes(30)),
                status == PollStatus.UNREACHABLE ? "connection refused" : null, null);
    }

    private static DriftDetector.Known judged(Compliance compliance, String rule) {
        return new DriftDetector.Known("17.9.4", null, null, null, null, 0, null, false, compliance, rule);
    }

    private static DriftDetector.Seen judging(String version, Verdict verdict) {
        return new DriftDetector.Seen(PollStatus.OK, "cisco_ios", version, null, null, null, T0, null, verdict);
    }

    private static DriftDetector.Known known(String version) {
        return new DriftDetector.Known(version, null, null);
    }

    private static DriftDetector.Seen seen(PollStatus status, String version) {
        return new DriftDetector.Seen(status, "cisco_ios", version, null, null);
    }

    private static DriftDetector.Seen seen(String platform, String version) {
        return new DriftDetector.Seen(PollStatus.OK, platform, version, null, null);
    }

    private static Drift only(List<Drift> drifts) {
        assertEquals(1, drifts.size(), drifts.toString());
        return drifts.get(0);
    }
}
