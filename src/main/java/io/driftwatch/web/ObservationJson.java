package io.driftwatch.web;

import io.driftwatch.history.Observation;
import io.driftwatch.polling.PollStatus;
import java.time.Instant;

/** One poll of one device, as the history API shows it. */
public record ObservationJson(
        long sweepId,
        Instant at,
        PollStatus status,
        String reason,
        int attempts,
        long durationMs,
        String version,
        String model,
        String serial,
        String hostname,
        String uptime,
        String image) {

    static ObservationJson of(Observation o) {
        return new ObservationJson(o.sweepId, o.observedAt, o.status, o.reason, o.attempts, o.durationMs, o.version,
                o.model, o.serial, o.hostname, o.uptime, o.image);
    }
}
