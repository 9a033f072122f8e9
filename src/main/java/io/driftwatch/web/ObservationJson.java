package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Device;
import io.driftwatch.history.Observation;
import java.time.Instant;

/**
 * A span of identical polls of one device: first seen by sweep {@code sweepId} at {@code at}, last seen by sweep
 * {@code lastSweepId} at {@code lastSeenAt}. A new span starts only when status or facts change.
 *
 * @param current whether this is the device's present state (its span is still growing)
 */
public record ObservationJson(
        long sweepId,
        Instant at,
        long lastSweepId,
        Instant lastSeenAt,
        boolean current,
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

    static ObservationJson of(Observation o, Device device) {
        boolean current = o.id.equals(device.observationId);
        long lastSweep = current ? device.polledSweepId : o.lastSweepId;
        Instant lastSeen = current ? device.polledAt : o.lastSeenAt;
        return new ObservationJson(o.sweepId, o.observedAt, lastSweep, lastSeen, current, o.status, o.reason,
                o.attempts, o.durationMs, o.version, o.model, o.serial, o.hostname, o.uptime, o.image);
    }
}
