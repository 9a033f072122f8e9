package io.driftwatch.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.polling.PollStatus;
import io.driftwatch.versions.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    private final DriftDetector detector = new DriftDetector();

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
