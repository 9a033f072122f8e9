package io.driftwatch.testing;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.history.DriftEvent;
import java.time.Instant;

/** Drift events as tests record them without a sweep: a version change from "before" to the given version. */
public final class DriftEvents {

    private DriftEvents() {
    }

    public static DriftEvent versionChange(long deviceId, String to) {
        DriftEvent event = new DriftEvent();
        event.deviceId = deviceId;
        event.kind = DriftKind.VERSION_CHANGED;
        event.fromValue = "before";
        event.toValue = to;
        event.occurredAt = Instant.now();
        return event;
    }
}
