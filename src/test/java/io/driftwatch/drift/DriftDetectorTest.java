package io.driftwatch.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.polling.PollStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    private final DriftDetector detector = new DriftDetector();

    @Test
    void aDifferentVersionOnASuccessfulPollIsDrift() {
        List<Drift> drift = detector.detect(known("17.9.4"), seen(PollStatus.OK, "17.9.4a"));
        assertEquals(List.of(new Drift(DriftKind.VERSION_CHANGED, "17.9.4", "17.9.4a")), drift);
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
        var refused = new DriftDetector.Seen(PollStatus.HOST_KEY_CHANGED, null, "ssh-ed25519 BBBB", "SHA256:new");
        assertEquals(List.of(new Drift(DriftKind.HOST_KEY_CHANGED, "SHA256:old", "SHA256:new")),
                detector.detect(new DriftDetector.Known("1.0", null, "SHA256:old"), refused));
        assertTrue(detector.detect(new DriftDetector.Known("1.0", "ssh-ed25519 BBBB", "SHA256:old"), refused)
                .isEmpty());
    }

    private static DriftDetector.Known known(String version) {
        return new DriftDetector.Known(version, null, null);
    }

    private static DriftDetector.Seen seen(PollStatus status, String version) {
        return new DriftDetector.Seen(status, version, null, null);
    }
}
