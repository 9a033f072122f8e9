package io.driftwatch.web;

import io.driftwatch.drift.DriftKind;
import io.driftwatch.history.DriftRow;
import java.time.Instant;

/** A drift event as the API shows it. */
public record DriftJson(long id, DriftKind kind, String device, String group, String from, String to, Long sweepId,
        Instant at) {

    static DriftJson of(DriftRow row) {
        return new DriftJson(row.event().id, row.event().kind, row.device(), row.group(), row.event().fromValue,
                row.event().toValue, row.event().sweepId, row.event().occurredAt);
    }
}
