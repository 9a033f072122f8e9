package io.driftwatch.web;

import io.driftwatch.alerting.Silence;
import java.time.Instant;

/** A silence as the API and the page show it. */
public record SilenceJson(long id, String group, String device, Instant startsAt, Instant endsAt, String createdBy,
        Instant createdAt, String comment, String removedBy, Instant removedAt) {

    static SilenceJson of(Silence silence) {
        return new SilenceJson(silence.id, silence.group, silence.devicePattern, silence.startsAt, silence.endsAt,
                silence.createdBy, silence.createdAt, silence.comment, silence.removedBy, silence.removedAt);
    }

    /** Whether it is in force at this time (else it is upcoming, or over). */
    public boolean activeAt(Instant now) {
        return removedAt == null && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }
}
